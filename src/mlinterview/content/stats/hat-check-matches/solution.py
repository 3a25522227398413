import math


def exactly_m_matches(n, m):
    # Choose the m guests who get their own hat (C(n, m) ways); the other r = n - m must be
    # deranged (D_r ways). Probability = C(n, m) D_r / n! = (D_r / r!) / m!.
    # Inclusion-exclusion: D_r / r! = sum_{j=0}^{r} (-1)^j / j!.
    r = n - m
    # Terms beyond j ~ 170 are below 1e-300 relative to the sum (which is >= 1/3 for r >= 2):
    # they cannot change a double, so stop early for large r.
    total = 0.0
    term = 1.0
    for j in range(min(r, 200) + 1):
        if j > 0:
            term /= -j
        total += term
    # 1/m! through lgamma: m can be up to 10^6, far past where factorial fits in a float.
    return total * math.exp(-math.lgamma(m + 1)) if total > 0 else 0.0
