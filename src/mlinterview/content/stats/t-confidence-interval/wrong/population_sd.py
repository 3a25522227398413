# Wrong: uses the population standard deviation (ddof = 0), which makes the interval too
# narrow, most visibly for small n.
import numpy as np


def mean_confidence_interval(x, t_crit):
    x = np.asarray(x, dtype=float)
    half = t_crit * x.std() / np.sqrt(x.size)
    return [float(x.mean() - half), float(x.mean() + half)]
