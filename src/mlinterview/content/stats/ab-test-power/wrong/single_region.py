# Wrong: keeps only the rejection region on the side of the true effect, so with no effect the
# "power" is alpha/2 instead of alpha (and small effects are understated).
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
    sd1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    return 0.5 * math.erfc(-((abs(p2 - p1) - z * sd0) / sd1) / math.sqrt(2))
