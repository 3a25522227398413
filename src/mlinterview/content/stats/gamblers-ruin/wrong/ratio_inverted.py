# Wrong: uses r = p/q instead of q/p, which gives the answer for the mirrored coin.
import math


def reach_target_probability(start, target, p):
    if start <= 0:
        return 0.0
    if start >= target:
        return 1.0
    if p in (0.0, 1.0):
        return float(p)
    log_r = math.log(p) - math.log1p(-p)
    if log_r == 0.0:
        return start / target
    if log_r < 0.0:
        return math.expm1(start * log_r) / math.expm1(target * log_r)
    return (math.exp((start - target) * log_r) * (-math.expm1(-start * log_r))
            / (-math.expm1(-target * log_r)))
