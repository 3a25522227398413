# Wrong: treats P(|T| > t) = I_x(df/2, 1/2) as the one-sided tail, so it returns the
# quantile for 2p (a two-sided/one-sided mix-up).
import math


def _betainc(a, b, x, y):
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    front = math.exp(a * math.log(x) + b * math.log(y)
                     - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)))
    swap = x >= (a + 1.0) / (a + b + 2.0)
    if swap:
        a, b, x = b, a, y
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > 1e-300 else 1e-300)
    h = d
    for m in range(1, 100000):
        for num in (m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > 1e-300 else 1e-300)
            c = 1.0 + num / c
            c = c if abs(c) > 1e-300 else 1e-300
            h *= d * c
        if abs(d * c - 1.0) < 1e-16:
            break
    value = front * h / a
    return 1.0 - value if swap else value


def t_quantile(p, df):
    if p == 0.5:
        return 0.0
    q = min(p, 1 - p)
    lo, hi = 0.0, 1.0
    tail = lambda t: _betainc(df / 2, 0.5, df / (df + t * t), t * t / (df + t * t))
    while tail(hi) > q:
        lo, hi = hi, 2 * hi
    for _ in range(200):
        mid = (lo + hi) / 2
        if tail(mid) > q:
            lo = mid
        else:
            hi = mid
    t = (lo + hi) / 2
    return -t if p < 0.5 else t
