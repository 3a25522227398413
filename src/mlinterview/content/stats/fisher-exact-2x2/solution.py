import math

import numpy as np


def _log_choose(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact_pvalue(table):
    (a, b), (c, d) = table
    r1, r2 = a + b, c + d
    c1 = a + c
    n = r1 + r2
    # With the margins fixed, the table is determined by its top-left cell, which is
    # hypergeometric: P(x) = C(r1, x) C(r2, c1 - x) / C(n, c1).
    lo, hi = max(0, c1 - r2), min(r1, c1)
    log_total = _log_choose(n, c1)
    xs = range(lo, hi + 1)
    log_p = np.array([_log_choose(r1, x) + _log_choose(r2, c1 - x) - log_total for x in xs])
    log_obs = log_p[a - lo]
    # Two-sided: every table no more likely than the observed one (relative slack 1e-7 so
    # that mathematically equal probabilities are not split by rounding).
    extreme = log_p <= log_obs + math.log1p(1e-7)
    chosen = log_p[extreme]
    # Add the probabilities in log space so that p-values like 1e-200 survive.
    top = chosen.max()
    p = math.exp(top) * float(np.sum(np.exp(chosen - top)))
    return min(p, 1.0)
