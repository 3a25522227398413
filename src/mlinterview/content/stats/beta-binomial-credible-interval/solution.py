import math


def _log_beta(a, b):
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def _beta_cf(a, b, x):
    """Continued fraction for the incomplete beta function (modified Lentz's method).

    Converges quickly when x < (a + 1) / (a + b + 2)."""
    tiny = 1e-300
    c = 1.0
    d = 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 100000):
        # even step: coefficient m (b - m) x / ((a + 2m - 1)(a + 2m))
        num = m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m))
        d = 1.0 + num * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + num / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        # odd step: coefficient -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))
        num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0))
        d = 1.0 + num * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + num / c
        c = c if abs(c) > tiny else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-15:
            break
    return h


def _beta_cdf(x, a, b):
    """Regularised incomplete beta I_x(a, b): the Beta(a, b) cdf at x."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    # x^a (1 - x)^b / B(a, b), in logs.
    log_front = a * math.log(x) + b * math.log1p(-x) - _log_beta(a, b)
    front = math.exp(log_front)
    # Use the fraction where it converges fast; otherwise the symmetry
    # I_x(a, b) = 1 - I_{1-x}(b, a).
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_cf(a, b, x) / a
    return 1.0 - front * _beta_cf(b, a, 1.0 - x) / b


def _beta_quantile(q, a, b):
    """Invert the cdf by bisection: the cdf is increasing, so halve [lo, hi] 200 times."""
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break  # interval is down to adjacent floats
        if _beta_cdf(mid, a, b) < q:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def beta_posterior(a, b, successes, failures, level):
    # Conjugacy: Beta(a, b) prior times a binomial likelihood p^s (1 - p)^f is proportional to
    # p^(a + s - 1) (1 - p)^(b + f - 1), i.e. a Beta(a + s, b + f) posterior.
    a_post = a + successes
    b_post = b + failures
    mean = a_post / (a_post + b_post)
    # Equal-tailed interval: (1 - level)/2 of the posterior mass below, the same above.
    tail = (1.0 - level) / 2.0
    lower = _beta_quantile(tail, a_post, b_post)
    upper = _beta_quantile(1.0 - tail, a_post, b_post)
    return [mean, lower, upper]
