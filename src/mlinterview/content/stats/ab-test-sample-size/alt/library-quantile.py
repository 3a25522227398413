"""Per-arm sample size from the same power equation, with both normal quantiles taken from
the standard library (statistics.NormalDist) rather than found by bisection."""
import math
from statistics import NormalDist


def sample_size_per_arm(p1, p2, alpha, power):
    std = NormalDist()
    z_alpha = -std.inv_cdf(alpha / 2.0)     # upper alpha/2 point, from the exact lower tail
    z_beta = -std.inv_cdf(1.0 - power)      # 1 - power is exact for power >= 1/2
    mid = 0.5 * (p1 + p2)
    spread_null = math.sqrt(2.0 * mid * (1.0 - mid))
    spread_alt = math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2))
    root_n = (z_alpha * spread_null + z_beta * spread_alt) / abs(p2 - p1)
    return math.ceil(root_n * root_n)
