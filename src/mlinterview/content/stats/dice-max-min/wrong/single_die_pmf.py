# Wrong: takes P(max = k) = (k/s)^n (the cdf) as if it were the pmf and normalises it.
import numpy as np


def expected_max_min(n, s):
    k = np.arange(1, s + 1, dtype=float)
    w = (k / s) ** n
    e_max = float(np.sum(k * w) / np.sum(w))
    return [e_max, s + 1 - e_max]
