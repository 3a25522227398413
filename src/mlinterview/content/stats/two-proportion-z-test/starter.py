import math


def two_proportion_z_test(x1, n1, x2, n2):
    """Pooled two-proportion z-test of p1 = p2, two-sided.

    Returns [z, p_value].
    """
    pass
