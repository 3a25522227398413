import numpy as np


def low_rank_approximation(X, k):
    X = np.asarray(X, dtype=float)
    # Thin SVD: U is (n, r), s is (r,), Vt is (r, d) with r = min(n, d). NumPy returns V
    # already transposed, and the singular values sorted in decreasing order.
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    # Keep the k strongest rank-one pieces s_i u_i v_i^T. Scaling U's columns by s avoids
    # building diag(s).
    X_k = (U[:, :k] * s[:k]) @ Vt[:k]
    # Eckart-Young: the Frobenius error is the root of the sum of the dropped s_i^2. Reading it
    # off s avoids subtracting two nearly equal matrices.
    error = float(np.sqrt(np.sum(s[k:] ** 2)))
    return X_k, error
