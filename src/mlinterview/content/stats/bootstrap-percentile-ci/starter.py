import numpy as np


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    """Percentile bootstrap interval from the given resample indices.

    x: (n,) data; indices: (B, n) resample positions; statistic: "mean" or "median".
    Returns [lower, upper].
    """
    pass
