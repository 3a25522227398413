# Wrong: for the two-sided alternative, reports the one-tail probability P(Z >= |z|) without
# doubling it.
import math

import numpy as np


def z_test(x, mu0, sigma, alternative):
    x = np.asarray(x, dtype=float)
    z = float((x.mean() - mu0) / (sigma / math.sqrt(x.size)))
    if alternative == "less":
        return [z, 0.5 * math.erfc(-z / math.sqrt(2))]
    if alternative == "greater":
        return [z, 0.5 * math.erfc(z / math.sqrt(2))]
    return [z, 0.5 * math.erfc(abs(z) / math.sqrt(2))]
