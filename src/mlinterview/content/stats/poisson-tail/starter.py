import math


def poisson_tail(lam, k):
    """P(N >= k) for N ~ Poisson(lam), accurate in both tails.

    Returns a float in [0, 1].
    """
    pass
