# Wrong: forgets the sqrt(2) in Φ(z) = (1 + erf(z / sqrt 2)) / 2.
import math


def normal_probability(mu, sigma, a, b):
    za, zb = (a - mu) / sigma, (b - mu) / sigma
    if za >= 0:
        return 0.5 * (math.erfc(za) - math.erfc(zb))
    if zb <= 0:
        return 0.5 * (math.erfc(-zb) - math.erfc(-za))
    return 0.5 * (math.erf(zb) - math.erf(za))
