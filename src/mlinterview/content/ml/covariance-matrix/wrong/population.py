# Wrong: divides by n (the population / maximum-likelihood estimator) instead of n - 1.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return centred.T @ centred / X.shape[0]
