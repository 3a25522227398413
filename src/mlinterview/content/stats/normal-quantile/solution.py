import math

SQRT2 = math.sqrt(2.0)


def _lower_tail_z(q):
    """z <= 0 with Φ(z) = q for 0 < q <= 1/2, by bisection on Φ(z) = erfc(-z/√2)/2.

    erfc keeps full relative precision in the lower tail, so the comparison is meaningful
    even for q = 1e-300. Φ is increasing, so bisection on [-40, 0] cannot fail."""
    lo, hi = -40.0, 0.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break  # the bracket is down to two adjacent doubles
        if 0.5 * math.erfc(-mid / SQRT2) < q:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def normal_quantile(p, mu, sigma):
    # Symmetry: z(p) = -z(1 - p). Always solve in the lower tail, where the target
    # probability is small and precise. For p >= 1/2, 1 - p is computed exactly.
    if p <= 0.5:
        z = _lower_tail_z(p)
    else:
        z = -_lower_tail_z(1.0 - p)
    return mu + sigma * z
