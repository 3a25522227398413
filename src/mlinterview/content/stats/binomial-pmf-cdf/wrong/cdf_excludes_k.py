# Wrong: the cdf sums j < k instead of j <= k (an exclusive bound).
import math


def _log_pmf(n, p, j):
    return (math.lgamma(n + 1) - math.lgamma(j + 1) - math.lgamma(n - j + 1)
            + j * math.log(p) + (n - j) * math.log1p(-p))


def binomial_pmf_cdf(n, p, k):
    if p in (0.0, 1.0):
        at = 0 if p == 0.0 else n
        return [1.0 if k == at else 0.0, 1.0 if at < k else 0.0]
    pmf = math.exp(_log_pmf(n, p, k))
    cdf = sum(math.exp(_log_pmf(n, p, j)) for j in range(k))
    return [pmf, cdf]
