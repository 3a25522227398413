# Wrong: treats rows as the variables (centres each row and returns an n x n matrix), the
# convention of np.cov's default rowvar=True.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=1, keepdims=True)
    return centred @ centred.T / (X.shape[1] - 1)
