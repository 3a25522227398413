import numpy as np


def solve(A, b):
    # Work on one augmented matrix [A | b] (a float copy), so every row operation and every
    # swap applies to the right-hand side automatically.
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.column_stack([A, np.asarray(b, dtype=float)])

    for k in range(n - 1):
        # Partial pivoting: bring up the row with the largest |entry| in column k. All the
        # multipliers below are then at most 1 in size, so rounding errors are not amplified,
        # and a zero pivot cannot occur for a non-singular A.
        p = k + int(np.argmax(np.abs(M[k:, k])))
        if p != k:
            M[[k, p]] = M[[p, k]]
        factors = M[k + 1:, k] / M[k, k]
        # Subtract factor * (pivot row) from every row below it, all at once.
        M[k + 1:, k:] -= np.outer(factors, M[k, k:])

    # Back substitution on the upper-triangular system, last unknown first.
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (M[i, n] - M[i, i + 1:n] @ x[i + 1:]) / M[i, i]
    return x
