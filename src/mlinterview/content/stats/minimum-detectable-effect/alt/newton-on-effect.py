"""Minimum detectable effect by Newton's method on gap(d) = sqrt(n) d - need(d), the difference
between what n users per arm resolve and what the sample-size formula needs, with a numerical
derivative and a bisection fallback; critical values from statistics.NormalDist."""
import math
from statistics import NormalDist


def minimum_detectable_effect(p1, n, alpha, power):
    std = NormalDist()
    z_a = -std.inv_cdf(alpha / 2.0)
    z_b = -std.inv_cdf(1.0 - power)
    root_n = math.sqrt(n)

    def gap(d):
        p2 = p1 + d
        mid = p1 + d / 2.0
        need = (z_a * math.sqrt(2.0 * mid * (1.0 - mid))
                + z_b * math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2)))
        return root_n * d - need

    lo, hi = 0.0, 1.0 - p1
    d = min(hi, (z_a + z_b) * math.sqrt(2.0 * p1 * (1.0 - p1)) / root_n)
    for _ in range(300):
        g = gap(d)
        if g == 0.0:
            return d
        if g < 0.0:
            lo = d
        else:
            hi = d
        h = 1e-7 * max(d, 1e-12)
        slope = (gap(d + h) - gap(d - h)) / (2.0 * h) if d - h > 0.0 and d + h < 1.0 - p1 else 0.0
        nxt = d - g / slope if slope > 0.0 else 0.5 * (lo + hi)
        if not lo < nxt < hi:
            nxt = 0.5 * (lo + hi)
        if abs(nxt - d) <= 1e-15 * d or hi - lo <= 1e-15 * hi:
            return nxt
        d = nxt
    return d
