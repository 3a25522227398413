import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    # Centre first: subtracting the means before multiplying keeps the products small, so a
    # large common offset does not wipe out the variance in rounding error.
    centred = X - X.mean(axis=0)
    # Divide by n - 1: the means were estimated from the same data, which uses up one degree
    # of freedom (Bessel's correction).
    return centred.T @ centred / (n - 1)
