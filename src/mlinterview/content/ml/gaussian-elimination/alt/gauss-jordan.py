"""Gauss-Jordan elimination with partial pivoting: clear each pivot column above and below
the pivot, so the left block ends as the identity and the solution can be read off without
back substitution."""

import numpy as np


def solve(A, b):
    A = np.array(A, dtype=float)
    x = np.array(b, dtype=float)
    n = len(x)
    for col in range(n):
        pivot = col + int(np.argmax(np.abs(A[col:, col])))
        if pivot != col:
            A[[col, pivot]] = A[[pivot, col]]
            x[[col, pivot]] = x[[pivot, col]]
        scale = A[col, col]
        A[col] = A[col] / scale
        x[col] = x[col] / scale
        others = np.arange(n) != col
        factor = A[others, col].copy()
        A[others] -= factor[:, None] * A[col]
        x[others] -= factor * x[col]
    return x
