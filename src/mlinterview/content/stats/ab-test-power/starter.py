import math


def power_two_proportions(p1, p2, n, alpha):
    """Power of the two-sided pooled two-proportion z-test with n users per arm.

    Returns a float in [0, 1].
    """
    pass
