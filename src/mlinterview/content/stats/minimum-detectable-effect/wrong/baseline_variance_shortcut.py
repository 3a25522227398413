# Wrong for this contract: the common shortcut d = (z_a + z_b) sqrt(2 p1 (1 - p1) / n), which
# evaluates both variances at the baseline instead of solving the equation.
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
    return (_q(1 - alpha / 2) + _q(power)) * math.sqrt(2 * p1 * (1 - p1) / n)
