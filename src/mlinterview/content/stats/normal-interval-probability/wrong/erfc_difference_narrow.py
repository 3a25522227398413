# Wrong for narrow intervals: upper-tail differences Q(za) - Q(zb) everywhere off the mean. For
# a = 0, b = 1e-8 the two erfc values agree in their first eight digits and the difference
# keeps only about eight: off by 3e-9 relative, three times the tolerance.
import math

SQRT2 = math.sqrt(2.0)


def normal_probability(mu, sigma, a, b):
    if a >= b:
        return 0.0
    # Standardise (infinities stay infinite).
    za = (a - mu) / sigma
    zb = (b - mu) / sigma
    if za >= 0.0:
        # Both ends in the upper half: use upper tails Q(z) = erfc(z / sqrt 2) / 2, each
        # accurate to full relative precision however small.
        return 0.5 * (math.erfc(za / SQRT2) - math.erfc(zb / SQRT2))
    if zb <= 0.0:
        # Both ends in the lower half: mirror, Φ(z) = erfc(-z / sqrt 2) / 2.
        return 0.5 * (math.erfc(-zb / SQRT2) - math.erfc(-za / SQRT2))
    # The interval straddles the mean: the answer is at least moderate and erf is accurate.
    return 0.5 * (math.erf(zb / SQRT2) - math.erf(za / SQRT2))
