"""Poisson upper tail P(N >= k) by walking the pmf with its term ratio P(j + 1) / P(j) =
lam / (j + 1) from P(k) outwards, along whichever side is the small one, until the terms stop
mattering; one log-gamma evaluation fixes the scale."""
import math


def poisson_tail(lam, k):
    if k <= 0:
        return 1.0
    if lam == 0.0:
        return 0.0
    if k > lam:
        # Upper tail: P(k) (1 + lam/(k+1) + lam^2/((k+1)(k+2)) + ...), terms falling.
        log_first = k * math.log(lam) - lam - math.lgamma(k + 1)
        total, term, j = 1.0, 1.0, k
        while term > 1e-18 * total:
            j += 1
            term *= lam / j
            total += term
        return math.exp(log_first + math.log(total))
    # Lower part P(N <= k - 1) = P(k - 1) (1 + (k-1)/lam + (k-1)(k-2)/lam^2 + ...).
    top = k - 1
    log_first = top * math.log(lam) - lam - math.lgamma(top + 1)
    total, term, j = 1.0, 1.0, top
    while j > 0 and term > 1e-18 * total:
        term *= j / lam
        total += term
        j -= 1
    return max(0.0, 1.0 - math.exp(log_first + math.log(total)))
