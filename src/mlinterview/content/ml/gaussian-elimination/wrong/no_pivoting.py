# Wrong: plain elimination without row swaps. A zero on the diagonal gives inf/nan, and a tiny
# pivot such as 1e-20 destroys the answer through rounding.
import numpy as np


def solve(A, b):
    M = np.column_stack([np.asarray(A, dtype=float), np.asarray(b, dtype=float)])
    n = M.shape[0]
    for k in range(n - 1):
        factors = M[k + 1:, k] / M[k, k]
        M[k + 1:, k:] -= np.outer(factors, M[k, k:])
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (M[i, n] - M[i, i + 1:n] @ x[i + 1:]) / M[i, i]
    return x
