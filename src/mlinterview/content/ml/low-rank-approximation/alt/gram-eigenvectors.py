"""Best rank-k approximation from the eigenvectors of the smaller Gram matrix: the top-k
right (or left) singular vectors span the same subspace, and projecting X onto it gives X_k."""

import numpy as np


def low_rank_approximation(X, k):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    if d <= n:
        values, vectors = np.linalg.eigh(X.T @ X)  # ascending eigenvalues
        V = vectors[:, ::-1][:, :k]
        X_k = (X @ V) @ V.T
    else:
        values, vectors = np.linalg.eigh(X @ X.T)
        U = vectors[:, ::-1][:, :k]
        X_k = U @ (U.T @ X)
    error = float(np.sqrt(((X - X_k) ** 2).sum()))
    return X_k, error
