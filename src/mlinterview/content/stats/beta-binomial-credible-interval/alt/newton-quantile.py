"""Beta posterior mean and equal-tailed interval. The incomplete beta function comes from its
continued fraction (evaluated with the modified Lentz method), and each quantile is found by
Newton's method on the cdf, guarded by a bracket that falls back to bisection."""
import math


def _lentz(a, b, x):
    """Continued fraction of I_x(a, b) * a * B(a, b) / (x^a (1 - x)^b)."""
    small = 1e-300

    def guard(v):
        return v if abs(v) > small else small

    f = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0))
    c, d = 1.0, f
    m = 1
    while m < 200000:
        for coef in (m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m)),
                     -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0))):
            d = 1.0 / guard(1.0 + coef * d)
            c = guard(1.0 + coef / c)
            f *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
        m += 1
    return f


def _log_density(x, a, b, log_beta):
    return (a - 1.0) * math.log(x) + (b - 1.0) * math.log1p(-x) - log_beta


def _cdf(x, a, b, log_beta):
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(a * math.log(x) + b * math.log1p(-x) - log_beta)
    if x * (a + b + 2.0) < a + 1.0:
        return front * _lentz(a, b, x) / a
    return 1.0 - front * _lentz(b, a, 1.0 - x) / b


def _quantile(q, a, b):
    log_beta = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    lo, hi = 0.0, 1.0
    x = a / (a + b)
    for _ in range(400):
        gap = _cdf(x, a, b, log_beta) - q
        if gap < 0.0:
            lo = x
        else:
            hi = x
        step = None
        if 0.0 < x < 1.0:
            dens = math.exp(_log_density(x, a, b, log_beta))
            if dens > 0.0 and math.isfinite(dens):
                step = x - gap / dens
        # Take the Newton step only while it stays inside the bracket; otherwise halve.
        new = step if step is not None and lo < step < hi else 0.5 * (lo + hi)
        if new == x or new <= lo and lo > 0.0 or new >= hi and hi < 1.0:
            new = 0.5 * (lo + hi)
        if abs(new - x) <= 1e-16 * max(x, 1e-300) or hi - lo <= 4e-16 * hi:
            return new
        x = new
    return x


def beta_posterior(a, b, successes, failures, level):
    # Beta prior, binomial likelihood: the posterior is Beta(a + successes, b + failures).
    alpha = a + successes
    beta = b + failures
    tail = (1.0 - level) / 2.0
    return [alpha / (alpha + beta), _quantile(tail, alpha, beta), _quantile(1.0 - tail, alpha, beta)]
