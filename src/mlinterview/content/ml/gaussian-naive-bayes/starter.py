import numpy as np


def gaussian_nb_predict_proba(X_train, y_train, X_test, var_smoothing):
    """Fit Gaussian naive Bayes on (X_train, y_train) and return P(class | x) for each test row.

    X_train: (n, d) floats, y_train: (n,) integer labels, X_test: (m, d) floats,
    var_smoothing: float added (times the largest feature variance) to every variance.
    Returns an (m, K) array; columns follow the classes in increasing order.
    """
    pass
