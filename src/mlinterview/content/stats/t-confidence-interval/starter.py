import numpy as np


def mean_confidence_interval(x, t_crit):
    """t confidence interval for the mean: mean -/+ t_crit * s / sqrt(n), s with ddof = 1.

    Returns [lower, upper].
    """
    pass
