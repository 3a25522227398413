import numpy as np


def als(R, mask, U0, V0, lam, n_sweeps):
    """Factorise the observed entries of R as U @ V.T by alternating least squares.

    R: (m, n) ratings (entries where mask == 0 are meaningless); mask: (m, n) of 0/1;
    U0: (m, r), V0: (n, r) initial factors; lam > 0: L2 penalty; n_sweeps: full sweeps.
    Returns (U, V, losses) with losses of shape (n_sweeps + 1,).
    """
    pass
