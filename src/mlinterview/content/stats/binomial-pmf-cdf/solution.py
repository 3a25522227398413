import math

import numpy as np


def _log_pmf(n, p, j):
    """log P(X = j) for X ~ Binomial(n, p), 0 < p < 1, through log-gamma (no huge integers)."""
    log_choose = math.lgamma(n + 1) - math.lgamma(j + 1) - math.lgamma(n - j + 1)
    return log_choose + j * math.log(p) + (n - j) * math.log1p(-p)


def binomial_pmf_cdf(n, p, k):
    # Degenerate coins: all the mass sits on 0 (p = 0) or on n (p = 1).
    if p == 0.0:
        return [1.0 if k == 0 else 0.0, 1.0]
    if p == 1.0:
        return [1.0 if k == n else 0.0, 1.0 if k == n else 0.0]
    pmf = math.exp(_log_pmf(n, p, k))
    # The pmf rises up to the mode and falls after it, so a tail sum is dominated by the
    # terms next to its inner end: terms more than ~40 standard deviations (plus a margin)
    # further out are smaller by a factor beyond 1e-300 and cannot change the sum. Only a
    # window of O(sqrt(n)) terms is evaluated.
    mode = min(n, int(math.floor((n + 1) * p)))
    width = int(40 * math.sqrt(n * p * (1 - p))) + 60
    if k < mode:
        # Lower tail P(X <= k): the largest term is P(X = k); sum downwards from it.
        return [pmf, _sum_exp([_log_pmf(n, p, j) for j in range(max(0, k - width), k + 1)])]
    # k at or past the mode: the cdf is close to 1, and 1 - P(X > k) keeps the digits the
    # direct sum would lose. The upper tail's largest term is P(X = k + 1).
    if k >= n:
        return [pmf, 1.0]
    upper = _sum_exp([_log_pmf(n, p, j) for j in range(k + 1, min(n, k + 1 + width) + 1)])
    return [pmf, 1.0 - upper]


def _sum_exp(logs):
    """sum(exp(logs)) with the largest term factored out (log-sum-exp), so nothing underflows
    before the sum is formed."""
    logs = np.asarray(logs)
    biggest = logs.max()
    return math.exp(biggest) * float(np.sum(np.exp(logs - biggest)))
