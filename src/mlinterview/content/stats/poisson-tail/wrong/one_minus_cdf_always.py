# Wrong for small tails: always computes 1 - P(N <= k - 1), so upper tails below ~1e-16 are
# lost to rounding (they come out as 0 or as noise).
import math


def poisson_tail(lam, k):
    if k <= 0:
        return 1.0
    if lam == 0:
        return 0.0
    lo = max(0, int(lam - 40 * math.sqrt(lam)) - 60)
    cdf = sum(math.exp(j * math.log(lam) - lam - math.lgamma(j + 1)) for j in range(lo, k))
    return max(0.0, 1.0 - cdf)
