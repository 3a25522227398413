# Wrong: keeps the Wilson half-width but centres the interval at p_hat instead of at the
# shrunken centre (p_hat + z^2/2n) / (1 + z^2/n).
import math


def wilson_interval(successes, n, z):
    p = successes / n
    z2 = z * z
    half = z / (n + z2) * math.sqrt(successes * (n - successes) / n + z2 / 4)
    return [max(0.0, p - half), min(1.0, p + half)]
