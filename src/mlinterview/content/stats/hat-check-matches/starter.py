import math


def exactly_m_matches(n, m):
    """Probability that a uniformly random permutation of n items has exactly m fixed points.

    Returns a float in [0, 1].
    """
    pass
