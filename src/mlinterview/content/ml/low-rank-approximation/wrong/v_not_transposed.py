# Wrong: treats NumPy's third SVD output as V instead of V^T, so the approximation is built from
# the wrong right singular vectors (the shapes still work out).
import numpy as np


def low_rank_approximation(X, k):
    X = np.asarray(X, dtype=float)
    U, s, V = np.linalg.svd(X, full_matrices=False)
    X_k = U[:, :k] @ np.diag(s[:k]) @ V[:, :k].T
    error = float(np.sqrt(np.sum(s[k:] ** 2)))
    return X_k, error
