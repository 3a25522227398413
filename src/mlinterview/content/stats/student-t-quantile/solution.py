import math


def _beta_cf(a, b, x):
    """Continued fraction of the incomplete beta function, modified Lentz's method.
    Converges quickly for x < (a + 1) / (a + b + 2)."""
    tiny = 1e-300
    c = 1.0
    d = 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 100000):
        for num in (m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-16:
            break
    return h


def _betainc(a, b, x, y):
    """Regularised incomplete beta I_x(a, b), with y = 1 - x passed separately so that
    neither x nor 1 - x is ever formed by a cancelling subtraction."""
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    log_front = (a * math.log(x) + b * math.log(y)
                 - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)))
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_cf(a, b, x) / a
    return 1.0 - front * _beta_cf(b, a, y) / b


def _t_upper_tail(t, df):
    """P(T > t) for t >= 0: equals I_{df/(df+t^2)}(df/2, 1/2) / 2."""
    denom = df + t * t
    return 0.5 * _betainc(df / 2.0, 0.5, df / denom, t * t / denom)


def t_quantile(p, df):
    if p == 0.5:
        return 0.0
    # Symmetry: solve for the upper tail probability q = min(p, 1 - p) with t >= 0, then
    # attach the sign. For p >= 1/2, 1 - p is exact in floating point.
    q = p if p < 0.5 else 1.0 - p
    # Bracket: double hi until the tail beyond it is below q (the tail decreases in t).
    lo, hi = 0.0, 1.0
    while _t_upper_tail(hi, df) > q:
        lo, hi = hi, 2.0 * hi
    # Bisection to adjacent doubles.
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if _t_upper_tail(mid, df) > q:
            lo = mid
        else:
            hi = mid
    t = 0.5 * (lo + hi)
    return -t if p < 0.5 else t
