# Wrong for this contract: doubles the smaller one-sided tail (another two-sided convention,
# which differs from "sum of tables at most as likely" when the distribution is skewed).
import math


def _lc(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact_pvalue(table):
    (a, b), (c, d) = table
    r1, r2, c1 = a + b, c + d, a + c
    lo, hi = max(0, c1 - r2), min(r1, c1)
    total = _lc(r1 + r2, c1)
    p = {x: math.exp(_lc(r1, x) + _lc(r2, c1 - x) - total) for x in range(lo, hi + 1)}
    lower = sum(v for x, v in p.items() if x <= a)
    upper = sum(v for x, v in p.items() if x >= a)
    return min(1.0, 2 * min(lower, upper))
