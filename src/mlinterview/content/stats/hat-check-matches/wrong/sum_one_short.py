# Wrong: the inclusion-exclusion sum stops at j = r - 1 instead of j = r (exclusive bound).
import math


def exactly_m_matches(n, m):
    r = n - m
    total, term = 0.0, 1.0
    for j in range(min(r, 200)):
        if j > 0:
            term /= -j
        total += term
    return total * math.exp(-math.lgamma(m + 1))
