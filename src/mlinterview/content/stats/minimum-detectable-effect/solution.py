import math

SQRT2 = math.sqrt(2.0)


def _normal_quantile(p):
    """Φ^{-1}(p) by bisection on erfc; for p >= 1/2 use the exact upper tail 1 - p."""
    upper = p >= 0.5
    tail = 1.0 - p if upper else p
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if 0.5 * math.erfc(mid / SQRT2) > tail:
            lo = mid
        else:
            hi = mid
    z = 0.5 * (lo + hi)
    return z if upper else -z


def minimum_detectable_effect(p1, n, alpha, power):
    z_a = _normal_quantile(1.0 - alpha / 2.0)
    z_b = _normal_quantile(power)
    root_n = math.sqrt(n)

    # gap(d) = sqrt(n) d - [z_a sqrt(2 p̄ q̄) + z_b sqrt(p1 q1 + p2 q2)], with p2 = p1 + d and
    # p̄ = p1 + d/2. The per-arm sample size formula equals n exactly where gap(d) = 0; it is
    # negative for small d (not enough users) and positive once the effect is detectable.
    def gap(d):
        p2 = p1 + d
        p_bar = p1 + d / 2.0
        need = (z_a * math.sqrt(2.0 * p_bar * (1.0 - p_bar))
                + z_b * math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2)))
        return root_n * d - need

    # Bisection on (0, 1 - p1]: gap(0) < 0 and the inputs guarantee gap(1 - p1) > 0.
    lo, hi = 0.0, 1.0 - p1
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if gap(mid) < 0.0:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)
