import numpy as np


def expected_max_min(n, s):
    # Tail-sum formula for a variable with values in {1, ..., s}: E[X] = sum_{k=0}^{s-1} P(X > k).
    k = np.arange(s, dtype=float)
    # max > k unless every die is <= k: P(max > k) = 1 - (k/s)^n.
    # (k/s)^n as exp(n log(k/s)) would also do; NumPy's power is exact enough and 0^n = 0.
    e_max = float(np.sum(1.0 - (k / s) ** n))
    # min > k when every die is > k: P(min > k) = ((s - k)/s)^n.
    e_min = float(np.sum(((s - k) / s) ** n))
    return [e_max, e_min]
