import numpy as np


def adaboost_stumps(X_train, y_train, X_test, n_estimators):
    """Binary AdaBoost (SAMME) with decision stumps; labels are -1 and +1.

    X_train: (n, d) floats, y_train: (n,) labels in {-1, +1}, X_test: (m, d) floats,
    n_estimators: number of boosting rounds.
    Returns (alphas, scores): alphas a (T,) array of stump weights, scores an (m,) array with
    scores[i] = sum_t alphas[t] * h_t(X_test[i]).
    """
    pass
