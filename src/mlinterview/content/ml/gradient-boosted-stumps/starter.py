import numpy as np


def gradient_boosting_stumps(X_train, y_train, X_test, n_estimators, learning_rate):
    """Gradient boosting for squared loss with depth-1 regression trees (stumps).

    X_train: (n, d) floats, y_train: (n,) floats, X_test: (m, d) floats,
    n_estimators: number of stumps, learning_rate: shrinkage applied to each stump.
    Returns an (m,) float array of predictions for X_test.
    """
    pass
