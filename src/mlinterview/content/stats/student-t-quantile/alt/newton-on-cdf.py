"""Student t quantile by Newton's method on the upper tail, guarded by a bracket. The tail is
P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t^2), the regularised incomplete beta
function from its continued fraction (modified Lentz method)."""
import math


def _fraction(a, b, x):
    small = 1e-300

    def guard(v):
        return v if abs(v) > small else small

    f = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0))
    c, d = 1.0, f
    for m in range(1, 200000):
        for coef in (m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m)),
                     -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0))):
            d = 1.0 / guard(1.0 + coef * d)
            c = guard(1.0 + coef / c)
            f *= c * d
        if abs(c * d - 1.0) < 1e-16:
            break
    return f


def _incomplete_beta(a, b, x, y):
    """I_x(a, b) with y = 1 - x given separately (no cancelling subtraction)."""
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    front = math.exp(a * math.log(x) + b * math.log(y)
                     + math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b))
    if x * (a + b + 2.0) < a + 1.0:
        return front * _fraction(a, b, x) / a
    return 1.0 - front * _fraction(b, a, y) / b


def _upper_tail(t, df):
    s = df + t * t
    return 0.5 * _incomplete_beta(df / 2.0, 0.5, df / s, t * t / s)


def _density(t, df):
    log_c = math.lgamma((df + 1.0) / 2.0) - math.lgamma(df / 2.0) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1.0) / 2.0 * math.log1p(t * t / df))


def t_quantile(p, df):
    if p == 0.5:
        return 0.0
    tail = p if p < 0.5 else 1.0 - p           # solve P(T > t) = tail for t > 0
    lo, hi = 0.0, 2.0
    while _upper_tail(hi, df) > tail:
        lo, hi = hi, hi * 2.0
    t = 0.5 * (lo + hi)
    for _ in range(300):
        gap = _upper_tail(t, df) - tail         # decreasing in t
        if gap > 0.0:
            lo = t
        else:
            hi = t
        dens = _density(t, df)
        nxt = t + gap / dens if dens > 0.0 else 0.5 * (lo + hi)
        if not lo < nxt < hi:
            nxt = 0.5 * (lo + hi)
        if abs(nxt - t) <= 1e-15 * t or hi - lo <= 1e-15 * hi:
            t = nxt
            break
        t = nxt
    return -t if p < 0.5 else t
