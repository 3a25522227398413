# Wrong: sums P(max >= k) over k = 0..s-1 (one term too many at the bottom, one too few at the
# top), i.e. an off-by-one in the tail-sum formula.
import numpy as np


def expected_max_min(n, s):
    k = np.arange(s, dtype=float)
    e_max = float(np.sum(1.0 - (np.maximum(k - 1, 0) / s) ** n))
    e_min = float(np.sum(((s - k + 1) / s).clip(max=1.0) ** n))
    return [e_max, e_min]
