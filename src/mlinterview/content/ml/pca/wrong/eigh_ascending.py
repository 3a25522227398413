# Wrong: np.linalg.eigh returns eigenvalues in ascending order; taking the first k columns keeps
# the directions of *least* variance.
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    vals, vecs = np.linalg.eigh(C)
    return vecs[:, :n_components].T, vals[:n_components] / vals.sum()
