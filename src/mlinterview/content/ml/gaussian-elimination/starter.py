import numpy as np


def solve(A, b):
    """Solve A x = b by Gaussian elimination with partial pivoting.

    A: (n, n) non-singular; b: (n,). Returns x of shape (n,). numpy.linalg is forbidden.
    """
    pass
