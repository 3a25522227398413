# Wrong: the textbook shortcut E[xy] - E[x]E[y] without centring first. Algebraically equal,
# but with values near 1e8 the two huge terms cancel and the rounding error swamps the answer.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    mean = X.mean(axis=0)
    return (X.T @ X - n * np.outer(mean, mean)) / (n - 1)
