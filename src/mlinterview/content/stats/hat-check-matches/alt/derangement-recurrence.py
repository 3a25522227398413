"""Probability of exactly m matches in a random permutation of n, from the recurrence of the
derangement probability d_r = D_r / r!: d_0 = 1, d_1 = 0, d_r = ((r - 1) d_{r-1} + d_{r-2}) / r
(every term non-negative), times 1/m! built up by a product."""


def exactly_m_matches(n, m):
    r = n - m
    # d_r settles to 1/e within a double after a few dozen steps.
    prev, cur = 1.0, 0.0          # d_0, d_1
    if r == 0:
        cur = 1.0
    for size in range(2, r + 1):
        prev, cur = cur, ((size - 1) * cur + prev) / size
        if size > 60 and cur == prev:
            break
    inv_factorial = 1.0
    for i in range(2, m + 1):
        inv_factorial /= i
        if inv_factorial == 0.0:
            break
    return cur * inv_factorial
