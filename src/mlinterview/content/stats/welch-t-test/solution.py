import math

import numpy as np


def _beta_cf(a, b, x):
    """Continued fraction of the incomplete beta function (modified Lentz's method);
    converges quickly for x < (a + 1) / (a + b + 2)."""
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
    """Regularised incomplete beta I_x(a, b), with y = 1 - x given separately."""
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


def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n1, n2 = a.size, b.size
    # Each group keeps its own variance (ddof = 1): no equal-variance assumption.
    v1 = a.var(ddof=1) / n1
    v2 = b.var(ddof=1) / n2
    t = float((a.mean() - b.mean()) / math.sqrt(v1 + v2))
    # Welch-Satterthwaite: match the first two moments of the variance estimate with a
    # scaled chi-squared; the result is usually not an integer.
    df = float((v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1)))
    # Two-sided p-value P(|T| >= |t|) = I_x(df/2, 1/2) with x = df / (df + t^2).
    denom = df + t * t
    p = _betainc(df / 2.0, 0.5, df / denom, t * t / denom)
    return [t, df, p]
