"""Normal interval probability. An interval around the mean: erf(zb) - erf(za), two terms of
opposite sign that add. Both ends on one side: the upper tails erfc(z) / 2 when the interval
is wide, and for a narrow one (where the tails agree in their first digits) the density
integrated directly by composite Simpson's rule, a sum of positive terms."""
import math

ROOT2 = math.sqrt(2.0)
PANELS = 400  # even; the error shrinks as 1 / PANELS^4 on these short intervals


def _simpson_density(lo, hi):
    h = (hi - lo) / PANELS

    def phi(z):
        return math.exp(-0.5 * z * z)

    inner = [phi(lo + i * h) * (4.0 if i % 2 else 2.0) for i in range(1, PANELS)]
    total = math.fsum([phi(lo), phi(hi)] + inner)
    return total * h / 3.0 / math.sqrt(2.0 * math.pi)


def normal_probability(mu, sigma, a, b):
    if not a < b:
        return 0.0
    za, zb = (a - mu) / sigma, (b - mu) / sigma
    if za < 0.0 < zb:
        return 0.5 * (math.erf(zb / ROOT2) - math.erf(za / ROOT2))
    if zb <= 0.0:                     # mirror the lower side onto the upper one
        za, zb = -zb, -za
    if (zb - za) * max(1.0, zb) <= 1.0:
        return _simpson_density(za, zb)
    return 0.5 * (math.erfc(za / ROOT2) - math.erfc(zb / ROOT2))
