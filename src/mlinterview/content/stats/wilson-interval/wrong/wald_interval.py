# Wrong: the Wald interval p_hat -/+ z sqrt(p_hat (1 - p_hat) / n), clipped to [0, 1].
import math


def wilson_interval(successes, n, z):
    p = successes / n
    half = z * math.sqrt(p * (1 - p) / n)
    return [max(0.0, p - half), min(1.0, p + half)]
