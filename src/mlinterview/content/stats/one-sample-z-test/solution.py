import math

import numpy as np


def z_test(x, mu0, sigma, alternative):
    x = np.asarray(x, dtype=float)
    n = x.size
    # Standard error of the mean with a known sigma.
    z = float((x.mean() - mu0) / (sigma / math.sqrt(n)))
    # Tail probabilities of the standard normal through erfc, accurate when tiny:
    #   P(Z >= t) = erfc(t / sqrt 2) / 2,   P(Z <= t) = erfc(-t / sqrt 2) / 2.
    root2 = math.sqrt(2.0)
    if alternative == "two-sided":
        p = math.erfc(abs(z) / root2)          # 2 * P(Z >= |z|)
    elif alternative == "greater":
        p = 0.5 * math.erfc(z / root2)
    elif alternative == "less":
        p = 0.5 * math.erfc(-z / root2)
    else:
        raise ValueError(f"unknown alternative {alternative!r}")
    return [z, p]
