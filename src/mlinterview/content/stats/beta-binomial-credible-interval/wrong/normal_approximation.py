# Wrong: right posterior, but the interval is mean +- z * sd (a normal approximation), not the
# Beta quantiles. Close for large counts, visibly off for small ones.
import math


def _z(q):
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def beta_posterior(a, b, successes, failures, level):
    A, B = a + successes, b + failures
    mean = A / (A + B)
    sd = math.sqrt(A * B / ((A + B) ** 2 * (A + B + 1)))
    z = _z((1 + level) / 2)
    return [mean, mean - z * sd, mean + z * sd]
