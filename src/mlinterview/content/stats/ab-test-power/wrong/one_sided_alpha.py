# Wrong: uses the one-sided critical value Φ^{-1}(1 - alpha) with a two-sided test's two
# rejection regions, overstating the power.
import math


def power_two_proportions(p1, p2, n, alpha):
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(mid / math.sqrt(2)) > alpha:
            lo = mid
        else:
            hi = mid
    z = (lo + hi) / 2
    pb = (p1 + p2) / 2
    sd0 = math.sqrt(2 * pb * (1 - pb) / n)
    sd1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    d = p2 - p1
    phi = lambda x: 0.5 * math.erfc(-x / math.sqrt(2))
    return phi((d - z * sd0) / sd1) + phi((-d - z * sd0) / sd1)
