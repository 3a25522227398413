import math


def distinct_faces(n, d):
    # D = sum over faces f of I_f, where I_f = 1 when face f appears at least once.
    # u = P(a given face never appears) = (1 - 1/d)^n
    # w = P(two given faces both never appear) = (1 - 2/d)^n
    # Powers via exp(n * log1p(.)) keep full relative precision for large n and d.
    def power(x):  # (1 - x)^n, with 0^0 = 1
        if n == 0:
            return 1.0
        if x >= 1.0:
            return 0.0
        return math.exp(n * math.log1p(-x))

    u = power(1.0 / d)
    mean = d * (1.0 - u)
    if d == 1:
        return [mean, 0.0]  # a single face: D is 1 (or 0 when n = 0), no spread
    # Var(D) = sum Var(I_f) + sum_{f != g} Cov(I_f, I_g)
    #        = d u (1 - u) + d (d - 1) (w - u^2).
    # w - u^2 cancels badly, but w / u^2 = ((1 - 2/d) / (1 - 1/d)^2)^n = (1 - 1/(d-1)^2)^n, so
    # w - u^2 = u^2 * expm1(n * log1p(-1/(d-1)^2)) with no cancellation.
    if d == 2:
        cov = -u * u  # w = 0: two faces cannot both be missing when n >= 1
        if n == 0:
            cov = 0.0
    else:
        cov = u * u * math.expm1(n * math.log1p(-1.0 / (d - 1.0) ** 2))
    var = d * u * (1.0 - u) + d * (d - 1.0) * cov
    return [mean, max(var, 0.0)]
