# Wrong: uses the one-sided critical value Φ^{-1}(confidence) (1.645 for 95%) in a two-sided
# interval.
import math


def _z(p):
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(mid / math.sqrt(2)) > 1 - p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def diff_proportions_ci(x1, n1, x2, n2, confidence):
    p1, p2 = x1 / n1, x2 / n2
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    z = _z(confidence)
    return [p1 - p2 - z * se, p1 - p2 + z * se]
