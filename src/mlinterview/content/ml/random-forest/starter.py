import numpy as np


def random_forest_predict(X_train, y_train, X_test, bootstrap_indices, feature_subsets,
                          max_depth, min_samples_split):
    """Train one Gini decision tree per (bootstrap sample, feature subset) and take a majority vote.

    X_train: (n, d) floats, y_train: (n,) integer labels, X_test: (m, d) floats,
    bootstrap_indices: (T, n) row indices into X_train (with repeats) for each tree,
    feature_subsets: (T, s) increasing column indices each tree may use,
    max_depth, min_samples_split: the same stopping rules for every tree.
    Returns an (m,) integer array: the most voted label, ties to the smallest.
    """
    pass
