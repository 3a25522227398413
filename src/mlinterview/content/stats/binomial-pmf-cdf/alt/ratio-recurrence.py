"""Binomial pmf and cdf by walking the pmf with its term ratio: one log-gamma evaluation at k,
then P(j - 1) = P(j) * j q / ((n - j + 1) p) (or the reverse) along the smaller tail until
the terms stop mattering. Everything is kept relative to P(k), so nothing underflows."""
import math


def _log_pmf(n, p, k):
    return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
            + k * math.log(p) + (n - k) * math.log1p(-p))


def binomial_pmf_cdf(n, p, k):
    if p == 0.0:
        return [1.0 if k == 0 else 0.0, 1.0]
    if p == 1.0:
        hit = 1.0 if k == n else 0.0
        return [hit, hit]
    q = 1.0 - p
    log_at_k = _log_pmf(n, p, k)
    pmf = math.exp(log_at_k)
    if k < n * p:
        # Lower tail sum_{j <= k} P(j) / P(k): terms shrink as j goes down from k.
        total, term, j = 1.0, 1.0, k
        while j > 0:
            term *= j * q / ((n - j + 1) * p)
            total += term
            j -= 1
            if term < 1e-18 * total:
                break
        return [pmf, math.exp(log_at_k + math.log(total))]
    if k == n:
        return [pmf, 1.0]
    # Upper tail sum_{j > k} P(j) / P(k), then the cdf as its complement.
    total, term, j = 0.0, 1.0, k
    while j < n:
        term *= (n - j) * p / ((j + 1) * q)
        total += term
        j += 1
        if term < 1e-18 * total:
            break
    return [pmf, 1.0 - math.exp(log_at_k + math.log(total)) if total > 0.0 else 1.0]
