# Wrong: forms the covariance as E[x x^T] - mean mean^T. Algebraically fine, but with a large
# offset (features around 1e8) the two terms are ~1e16 and their difference loses every digit.
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    n = len(X)
    mu = X.mean(axis=0)
    C = (X.T @ X / n - np.outer(mu, mu)) * n / (n - 1)
    vals, vecs = np.linalg.eigh(C)
    order = np.argsort(vals)[::-1]
    vals, vecs = vals[order], vecs[:, order]
    return vecs[:, :n_components].T, vals[:n_components] / vals.sum()
