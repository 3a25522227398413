# Wrong for data with a large offset: the one-pass formula E[x^2] - E[x]^2 cancels
# catastrophically (and can even go negative, here clipped to 0).
import numpy as np


def mean_confidence_interval(x, t_crit):
    x = np.asarray(x, dtype=float)
    n = x.size
    m = x.mean()
    var = max(0.0, (np.mean(x * x) - m * m) * n / (n - 1))
    half = t_crit * np.sqrt(var) / np.sqrt(n)
    return [float(m - half), float(m + half)]
