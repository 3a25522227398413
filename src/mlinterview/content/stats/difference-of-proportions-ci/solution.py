import math


def _normal_quantile(p):
    """Φ^{-1}(p) for 1/2 <= p < 1 by bisection on the upper tail Q(z) = erfc(z/√2)/2."""
    tail = 1.0 - p  # exact for p >= 1/2
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if 0.5 * math.erfc(mid / math.sqrt(2.0)) > tail:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def diff_proportions_ci(x1, n1, x2, n2, confidence):
    p1 = x1 / n1
    p2 = x2 / n2
    diff = p1 - p2
    # Unpooled: each arm contributes its own binomial variance p(1 - p)/n; the arms are
    # independent, so the variances add.
    se = math.sqrt(p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2)
    # Two-sided: alpha/2 in each tail, so the critical value is the (1 + confidence)/2 quantile.
    z = _normal_quantile((1.0 + confidence) / 2.0)
    return [diff - z * se, diff + z * se]
