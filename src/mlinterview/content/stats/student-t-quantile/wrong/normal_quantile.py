# Wrong: returns the standard normal quantile, ignoring the degrees of freedom (right only as
# df -> infinity; far too small for small samples).
import math


def t_quantile(p, df):
    q = min(p, 1 - p)
    lo, hi = -40.0, 0.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < q:
            lo = mid
        else:
            hi = mid
    z = (lo + hi) / 2
    return z if p < 0.5 else -z
