# Wrong: returns the total over both arms instead of the size of each arm.
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


def sample_size_per_arm(p1, p2, alpha, power):
    z_a, z_b = _q(1 - alpha / 2), _q(power)
    pb = (p1 + p2) / 2
    num = z_a * math.sqrt(2 * pb * (1 - pb)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return 2 * int(math.ceil((num / (p1 - p2)) ** 2))
