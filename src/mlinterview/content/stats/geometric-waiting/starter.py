import math


def geometric_summary(p, m, j):
    """For X ~ Geometric(p) on {1, 2, ...}: [P(X = m), P(X > m), E[X], Var(X), P(X > m + j | X > j)].

    Returns a list of five floats.
    """
    pass
