import math


def reach_target_probability(start, target, p):
    # Absorbing states first: they hold whatever the coin does.
    if start <= 0:
        return 0.0
    if start >= target:
        return 1.0
    # Deterministic coins: always up reaches the target, always down is ruined.
    if p >= 1.0:
        return 1.0
    if p <= 0.0:
        return 0.0
    # First-step analysis gives P_i = p P_{i+1} + q P_{i-1}, P_0 = 0, P_N = 1, solved by
    # P_i = (1 - r^i) / (1 - r^N) with r = q/p, and P_i = i/N when r = 1.
    log_r = math.log1p(-p) - math.log(p)
    if log_r == 0.0:
        return start / target
    if log_r < 0.0:
        # r < 1: r^i and r^N lie in (0, 1); expm1 keeps digits when r is close to 1.
        return math.expm1(start * log_r) / math.expm1(target * log_r)
    # r > 1: r^N may overflow, so divide top and bottom by r^N:
    # P = r^(i-N) * (1 - r^-i) / (1 - r^-N), every power now at most 1.
    return (math.exp((start - target) * log_r) * (-math.expm1(-start * log_r))
            / (-math.expm1(-target * log_r)))
