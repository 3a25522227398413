import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    """Predict a label for each row of X_test by a majority vote of its k nearest training points.

    X_train: (n, d) floats, y_train: (n,) integer labels, X_test: (m, d) floats, 1 <= k <= n.
    Distance is Euclidean. Distance ties: lower training index first. Vote ties: the smallest
    label among the most common.
    Returns an (m,) integer array of labels.
    """
    pass
