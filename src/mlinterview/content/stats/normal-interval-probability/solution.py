import math

SQRT2 = math.sqrt(2.0)
INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


def _gauss_legendre(n):
    # Nodes and weights on [-1, 1] by Newton's method on the Legendre polynomial P_n.
    nodes, weights = [], []
    for i in range(1, n + 1):
        x = math.cos(math.pi * (i - 0.25) / (n + 0.5))
        for _ in range(100):
            p0, p1 = 1.0, x
            for k in range(2, n + 1):
                p0, p1 = p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k
            dp = n * (x * p1 - p0) / (x * x - 1.0)
            step = p1 / dp
            x -= step
            if abs(step) < 1e-16:
                break
        nodes.append(x)
        weights.append(2.0 / ((1.0 - x * x) * dp * dp))
    return nodes, weights


NODES, WEIGHTS = _gauss_legendre(20)


def _density_integral(za, zb):
    # ∫ φ(z) dz over a short interval, by 20-point Gauss-Legendre: every term is positive,
    # so nothing cancels however narrow the interval is.
    half, mid = 0.5 * (zb - za), 0.5 * (za + zb)
    total = math.fsum(w * math.exp(-0.5 * (mid + half * x) ** 2) for x, w in zip(NODES, WEIGHTS))
    return half * total * INV_SQRT_2PI


def normal_probability(mu, sigma, a, b):
    if a >= b:
        return 0.0
    # Standardise (infinities stay infinite).
    za = (a - mu) / sigma
    zb = (b - mu) / sigma
    if za < 0.0 < zb:
        # The interval straddles the mean: erf(zb) and -erf(za) have the same sign, so the
        # sum loses nothing.
        return 0.5 * (math.erf(zb / SQRT2) - math.erf(za / SQRT2))
    # Both ends on one side: mirror to the upper half.
    if zb <= 0.0:
        za, zb = -zb, -za
    # The density changes on a scale of about 1 / max(1, z). Over an interval shorter than
    # that, Q(za) and Q(zb) agree in their leading digits and their difference cancels
    # (a = 0, b = 1e-8 would keep only about eight digits): integrate the density instead.
    if (zb - za) * max(1.0, zb) <= 1.0:
        return _density_integral(za, zb)
    # Otherwise Q(zb) / Q(za) is below about e^-1, and the upper tails Q(z) = erfc(z / sqrt 2) / 2,
    # each accurate to full relative precision however small, lose at most a digit.
    return 0.5 * (math.erfc(za / SQRT2) - math.erfc(zb / SQRT2))
