# Wrong: divides the standard deviation by n - 1 instead of by sqrt(n) (mixing up the
# variance's denominator with the standard error's).
import numpy as np


def mean_confidence_interval(x, t_crit):
    x = np.asarray(x, dtype=float)
    half = t_crit * x.std(ddof=1) / (x.size - 1)
    return [float(x.mean() - half), float(x.mean() + half)]
