import math


def diff_proportions_ci(x1, n1, x2, n2, confidence):
    """Two-sided Wald confidence interval for p1 - p2 with unpooled standard error.

    Returns [lower, upper].
    """
    pass
