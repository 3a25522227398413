# Wrong: computes P(N > k) instead of P(N >= k) (the bound is off by one).
import math


def poisson_tail(lam, k):
    if k < 0:
        return 1.0
    if lam == 0:
        return 0.0
    total, j = 0.0, k + 1
    while True:
        term = math.exp(j * math.log(lam) - lam - math.lgamma(j + 1))
        total += term
        if j > lam and term < 1e-18 * total:
            break
        j += 1
    return total if k + 1 > lam else 1.0 - sum(
        math.exp(i * math.log(lam) - lam - math.lgamma(i + 1)) for i in range(k + 1))
