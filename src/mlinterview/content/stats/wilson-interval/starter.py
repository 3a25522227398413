import math


def wilson_interval(successes, n, z):
    """Wilson score confidence interval for a binomial proportion (no continuity correction).

    Returns [lower, upper].
    """
    pass
