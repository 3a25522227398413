"""Geometric waiting time summaries from the survival function in log space:
log P(X > t) = t log(1 - p), with log1p keeping tiny p exact. The pmf is p P(X > m - 1); the
conditional survival P(X > m + j | X > j) is P(X > m) by memorylessness (taking the ratio of
two survivals instead would lose digits: (m + j) log q - j log q cancels for huge j)."""
import math


def geometric_summary(p, m, j):
    mean = 1.0 / p
    variance = (1.0 - p) / p / p
    if p == 1.0:
        # The first call succeeds: X = 1 surely.
        return [1.0 if m == 1 else 0.0, 0.0, mean, variance, 0.0]
    log_q = math.log1p(-p)

    def survival(t):
        return math.exp(t * log_q)

    return [p * survival(m - 1), survival(m), mean, variance, survival(m)]
