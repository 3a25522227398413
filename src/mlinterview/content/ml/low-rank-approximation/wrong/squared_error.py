# Wrong: returns the squared Frobenius error (forgets the square root).
import numpy as np


def low_rank_approximation(X, k):
    X = np.asarray(X, dtype=float)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    X_k = (U[:, :k] * s[:k]) @ Vt[:k]
    return X_k, float(np.sum(s[k:] ** 2))
