# Wrong: reports the spectral-norm error (the largest dropped singular value) instead of the
# Frobenius error, which needs all the dropped singular values.
import numpy as np


def low_rank_approximation(X, k):
    X = np.asarray(X, dtype=float)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    X_k = (U[:, :k] * s[:k]) @ Vt[:k]
    error = float(s[k]) if k < len(s) else 0.0
    return X_k, error
