import math

import numpy as np


def _log_pmf(lam, j):
    """log P(N = j) for N ~ Poisson(lam), lam > 0."""
    return j * math.log(lam) - lam - math.lgamma(j + 1)


def _sum_exp(logs):
    """sum(exp(logs)) with the largest term factored out so that nothing underflows early."""
    logs = np.asarray(logs)
    biggest = logs.max()
    return math.exp(biggest) * float(np.sum(np.exp(logs - biggest)))


def poisson_tail(lam, k):
    # P(N >= k) is 1 for k <= 0; with lam = 0 the count is always 0.
    if k <= 0:
        return 1.0
    if lam == 0.0:
        return 0.0
    # The pmf increases up to floor(lam) and decreases after it. Terms more than ~40 standard
    # deviations (plus a margin) from the largest one in a sum are below 1e-300 of it.
    width = int(40 * math.sqrt(lam)) + 60
    if k > lam:
        # Upper tail is the small side: sum P(N = j) for j = k, k + 1, ... (largest first).
        return _sum_exp([_log_pmf(lam, j) for j in range(k, k + width + 1)])
    # Otherwise the lower part P(N <= k - 1) is the small side (or about 1/2): compute it,
    # its largest term being P(N = k - 1), and subtract from 1.
    lower = _sum_exp([_log_pmf(lam, j) for j in range(max(0, k - 1 - width), k)])
    return max(0.0, 1.0 - lower)
