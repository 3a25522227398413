import math


def _normal_quantile(p):
    """Φ^{-1}(p) by bisection; for p >= 1/2 work with the exact upper tail 1 - p."""
    upper = p >= 0.5
    tail = 1.0 - p if upper else p
    lo, hi = 0.0, 40.0          # search z >= 0 with Q(z) = tail
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if 0.5 * math.erfc(mid / math.sqrt(2.0)) > tail:
            lo = mid
        else:
            hi = mid
    z = 0.5 * (lo + hi)
    return z if upper else -z


def sample_size_per_arm(p1, p2, alpha, power):
    z_a = _normal_quantile(1.0 - alpha / 2.0)   # two-sided: alpha/2 in each tail
    z_b = _normal_quantile(power)
    p_bar = (p1 + p2) / 2.0
    # Under H0 the difference has sd sqrt(2 p̄ q̄ / n); under H1 sqrt((p1 q1 + p2 q2) / n).
    # Requiring the rejection threshold z_a * sd0 to sit z_b * sd1 below the true difference
    # gives sqrt(n) |p1 - p2| = z_a sqrt(2 p̄ q̄) + z_b sqrt(p1 q1 + p2 q2).
    numerator = (z_a * math.sqrt(2.0 * p_bar * (1.0 - p_bar))
                 + z_b * math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2)))
    n = (numerator / (p1 - p2)) ** 2
    return int(math.ceil(n))
