"""Expected maximum and minimum of n fair s-sided dice. E[min] = sum_{j=1}^{s} P(min >= j) =
sum_j ((s - j + 1) / s)^n, and mirroring every face f to s + 1 - f swaps max and min, so
E[max] = s + 1 - E[min]. The powers are exp(n log1p(-i / s)), exact for huge n."""
import numpy as np


def expected_max_min(n, s):
    missing = np.arange(s, dtype=float)          # i = j - 1 faces below j
    with np.errstate(divide="ignore"):
        terms = np.exp(n * np.log1p(-missing / s))
    e_min = float(np.sum(terms[::-1]))           # smallest terms first
    return [s + 1.0 - e_min, e_min]
