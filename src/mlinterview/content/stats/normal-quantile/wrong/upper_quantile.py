# Wrong: returns the quantile of 1 - p (the upper critical value) instead of p.
import math


def normal_quantile(p, mu, sigma):
    q = 1.0 - p
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < q:
            lo = mid
        else:
            hi = mid
    return mu + sigma * (lo + hi) / 2
