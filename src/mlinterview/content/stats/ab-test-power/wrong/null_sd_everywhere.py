# Wrong: uses the null standard deviation sd0 for the alternative distribution as well.
import math


def power_two_proportions(p1, p2, n, alpha):
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(mid / math.sqrt(2)) > alpha / 2:
            lo = mid
        else:
            hi = mid
    z = (lo + hi) / 2
    pb = (p1 + p2) / 2
    sd0 = math.sqrt(2 * pb * (1 - pb) / n)
    d = p2 - p1
    phi = lambda x: 0.5 * math.erfc(-x / math.sqrt(2))
    return phi(d / sd0 - z) + phi(-d / sd0 - z)
