# Wrong: a normal approximation with continuity correction. Good near the centre for large n,
# far off in the tails and for small n.
import math


def binomial_pmf_cdf(n, p, k):
    mu = n * p
    sd = math.sqrt(n * p * (1 - p))
    if sd == 0:
        return [1.0 if k == mu else 0.0, 1.0 if k >= mu else 0.0]

    def phi(x):
        return 0.5 * math.erfc(-(x - mu) / (sd * math.sqrt(2)))

    return [phi(k + 0.5) - phi(k - 0.5), phi(k + 0.5)]
