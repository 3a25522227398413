"""Geometric waiting time summaries with q = 1 - p carried as a rounded value plus its exact
rounding error (q_hi + q_lo, the error found by one more subtraction), so that
log q = log(q_hi) + q_lo / q_hi keeps its digits for tiny p without calling log1p. Survival is
P(X > t) = q^t = exp(t log q); the pmf is p P(X > m - 1); by memorylessness the conditional
survival P(X > m + j | X > j) equals P(X > m)."""
import math


def geometric_summary(p, m, j):
    mean = 1.0 / p
    variance = mean * (mean - 1.0)        # (1 - p) / p^2 = 1/p^2 - 1/p
    if p == 1.0:
        return [1.0 if m == 1 else 0.0, 0.0, mean, 0.0, 0.0]   # X = 1 surely
    q_hi = 1.0 - p
    q_lo = (1.0 - q_hi) - p               # exact: what the rounding of 1 - p threw away
    log_q = math.log(q_hi) + q_lo / q_hi

    def survival(t):
        return math.exp(t * log_q)

    return [p * survival(m - 1), survival(m), mean, variance, survival(m)]
