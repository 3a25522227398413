import math


def minimum_detectable_effect(p1, n, alpha, power):
    """Smallest absolute lift d (p2 = p1 + d) detectable with the given per-arm n, alpha, power.

    Returns a float.
    """
    pass
