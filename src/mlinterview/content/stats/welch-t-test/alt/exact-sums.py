"""Welch's t-test with exactly rounded sums (math.fsum, two passes per group) for the means
and variances, and the two-sided p-value I_x(df/2, 1/2), x = df / (df + t^2), from the
continued fraction of the incomplete beta function (modified Lentz method)."""
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
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    front = math.exp(a * math.log(x) + b * math.log(y)
                     + math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b))
    if x * (a + b + 2.0) < a + 1.0:
        return front * _fraction(a, b, x) / a
    return 1.0 - front * _fraction(b, a, y) / b


def _mean_var(values):
    """Mean and sample variance; the deviations are formed in NumPy, the sums by math.fsum."""
    n = values.size
    mean = math.fsum(values.tolist()) / n
    deviations = values - mean
    return mean, math.fsum((deviations * deviations).tolist()) / (n - 1)


def welch_t_test(a, b):
    n1, n2 = a.size, b.size
    m1, s1 = _mean_var(a)
    m2, s2 = _mean_var(b)
    se1, se2 = s1 / n1, s2 / n2
    t = (m1 - m2) / math.sqrt(se1 + se2)
    df = (se1 + se2) ** 2 / (se1 * se1 / (n1 - 1) + se2 * se2 / (n2 - 1))
    s = df + t * t
    return [t, df, _incomplete_beta(df / 2.0, 0.5, df / s, t * t / s)]
