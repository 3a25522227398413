# Wrong: one-sided critical value Φ^{-1}(1 - alpha) for a two-sided test.
import math


def _q(p):
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def minimum_detectable_effect(p1, n, alpha, power):
    za, zb = _q(1 - alpha), _q(power)

    def gap(d):
        p2, pb = p1 + d, p1 + d / 2
        return math.sqrt(n) * d - (za * math.sqrt(2 * pb * (1 - pb))
                                   + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))

    lo, hi = 0.0, 1 - p1
    for _ in range(200):
        mid = (lo + hi) / 2
        if gap(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
