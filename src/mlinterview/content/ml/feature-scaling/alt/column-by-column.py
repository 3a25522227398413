"""Scaling fitted one column at a time: each training column gives its own centre and spread,
which then transform that column of both sets."""

import math

import numpy as np


def scale_features(X_train, X_test, method):
    train = np.array(X_train, dtype=float)
    test = np.array(X_test, dtype=float)
    n, d = train.shape
    for j in range(d):
        col = train[:, j]
        lo, hi = col.min(), col.max()
        if method == "standard":
            centre = math.fsum(col) / n
            spread = math.sqrt(math.fsum((col - centre) ** 2) / n)
        else:
            centre, spread = lo, hi - lo
        if lo == hi:  # constant in training: only shift it
            spread = 1.0
        train[:, j] = (col - centre) / spread
        test[:, j] = (test[:, j] - centre) / spread
    return train, test
