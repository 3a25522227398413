import numpy as np


def decision_tree_predict(X_train, y_train, X_test, max_depth, min_samples_split, criterion):
    """Grow a classification tree on (X_train, y_train) and predict a label for each test row.

    X_train: (n, d) floats, y_train: (n,) integer labels, X_test: (m, d) floats,
    max_depth: the root is at depth 0 and no node deeper than max_depth is split,
    min_samples_split: a node with fewer rows is a leaf, criterion: "gini" or "entropy".
    Returns an (m,) integer array of predicted labels.
    """
    pass
