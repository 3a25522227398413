import numpy as np


def mean_confidence_interval(x, t_crit):
    x = np.asarray(x, dtype=float)
    n = x.size
    mean = x.mean()
    # Sample standard deviation (ddof = 1): the n - 1 corrects for measuring spread around
    # the sample mean instead of the unknown true mean. Deviations first (two-pass), so a
    # large common offset does not cancel away the digits.
    s = np.sqrt(np.sum((x - mean) ** 2) / (n - 1))
    half_width = t_crit * s / np.sqrt(n)
    return [float(mean - half_width), float(mean + half_width)]
