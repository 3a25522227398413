import numpy as np


def low_rank_approximation(X, k):
    """Best rank-k approximation of X (truncated SVD) and its Frobenius error.

    X: (n, d); 0 <= k <= min(n, d).
    Returns (X_k, error) with X_k of shape (n, d) and error = ||X - X_k||_F.
    """
    pass
