import math

SQRT2 = math.sqrt(2.0)


def _phi(z):
    """Standard normal cdf through erfc (accurate in the lower tail)."""
    return 0.5 * math.erfc(-z / SQRT2)


def _upper_quantile(tail):
    """z >= 0 with P(Z > z) = tail, for 0 < tail <= 1/2, by bisection on erfc."""
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if 0.5 * math.erfc(mid / SQRT2) > tail:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def power_two_proportions(p1, p2, n, alpha):
    z_a = _upper_quantile(alpha / 2.0)             # two-sided critical value
    p_bar = (p1 + p2) / 2.0
    sd0 = math.sqrt(2.0 * p_bar * (1.0 - p_bar) / n)            # sd of p̂2 - p̂1 under H0
    sd1 = math.sqrt((p1 * (1.0 - p1) + p2 * (1.0 - p2)) / n)    # ... under the alternative
    delta = p2 - p1
    # Reject when the observed difference exceeds z_a sd0 in either direction. Under the
    # alternative it is N(delta, sd1^2):
    upper = _phi((delta - z_a * sd0) / sd1)     # P(diff >  z_a sd0)
    lower = _phi((-delta - z_a * sd0) / sd1)    # P(diff < -z_a sd0)
    return upper + lower
