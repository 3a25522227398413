# Wrong: uses the pooled standard error of the two-proportion test (which assumes p1 = p2)
# for an interval around the difference.
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
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    d = x1 / n1 - x2 / n2
    z = _z((1 + confidence) / 2)
    return [d - z * se, d + z * se]
