"""Sample covariance one pair of features at a time: centre each column, then fill the upper
triangle with dot products and mirror it."""

import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    cols = [X[:, j] - X[:, j].sum() / n for j in range(d)]
    out = np.empty((d, d))
    for a in range(d):
        for b in range(a, d):
            value = float(np.dot(cols[a], cols[b])) / (n - 1)
            out[a, b] = value
            out[b, a] = value
    return out
