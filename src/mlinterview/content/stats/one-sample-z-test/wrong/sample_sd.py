# Wrong: ignores the known sigma and plugs in the sample standard deviation (that would be a
# t statistic, and then the normal p-value is also wrong for small n).
import math

import numpy as np


def z_test(x, mu0, sigma, alternative):
    x = np.asarray(x, dtype=float)
    s = x.std(ddof=1) if x.size > 1 else sigma
    z = float((x.mean() - mu0) / (s / math.sqrt(x.size)))
    if alternative == "less":
        return [z, 0.5 * math.erfc(-z / math.sqrt(2))]
    if alternative == "greater":
        return [z, 0.5 * math.erfc(z / math.sqrt(2))]
    return [z, math.erfc(abs(z) / math.sqrt(2))]
