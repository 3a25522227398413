import numpy as np


def best_split(X, y, criterion):
    """Find the axis-aligned split of one node that most reduces impurity.

    X: (n, d) floats, y: (n,) integer class labels, criterion: "gini" or "entropy" (bits).
    A split (feature j, threshold t) sends rows with X[:, j] <= t left, the rest right;
    t is the midpoint of two consecutive distinct values of feature j.
    Returns (feature, threshold, gain), or (-1, None, 0.0) when no split exists.
    """
    pass
