import numpy as np


def covariance(X):
    """Sample covariance (divide by n - 1) of the columns of X.

    X: array of shape (n, d), one row per observation.
    Returns an array of shape (d, d).
    """
    pass
