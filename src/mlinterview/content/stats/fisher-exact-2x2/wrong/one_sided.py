# Wrong: reports the one-sided p-value P(A >= a) (the "greater" alternative) instead of the
# two-sided one.
import math


def _lc(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact_pvalue(table):
    (a, b), (c, d) = table
    r1, r2, c1 = a + b, c + d, a + c
    hi = min(r1, c1)
    total = _lc(r1 + r2, c1)
    return min(1.0, sum(math.exp(_lc(r1, x) + _lc(r2, c1 - x) - total) for x in range(a, hi + 1)))
