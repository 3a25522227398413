import numpy as np


def power_iteration(A, v0, num_iters):
    """Dominant eigenpair of the symmetric matrix A by power iteration.

    A: (n, n) symmetric; v0: (n,) start vector; num_iters: number of products with A.
    Returns (eigenvalue, eigenvector) with a unit-norm eigenvector. No numpy.linalg.
    """
    pass
