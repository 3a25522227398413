import numpy as np


def _unit(v):
    # Euclidean norm by hand (numpy.linalg is off limits here).
    return v / np.sqrt(v @ v)


def power_iteration(A, v0, num_iters):
    A = np.asarray(A, dtype=float)
    v = _unit(np.asarray(v0, dtype=float))
    for _ in range(num_iters):
        # Each product stretches v most along the dominant eigenvector; renormalising keeps
        # the entries from overflowing (|lambda|^k) or underflowing.
        v = _unit(A @ v)
    # The Rayleigh quotient keeps the eigenvalue's sign, unlike |A v|, and for a symmetric A its
    # error shrinks twice as fast as the vector's.
    eigenvalue = float(v @ A @ v)
    return eigenvalue, v
