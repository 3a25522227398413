# Wrong: computes the conditional probability as P(X > m + j) (forgetting to divide by
# P(X > j)), and uses the Bernoulli variance p(1 - p) by mistake.
import math


def geometric_summary(p, m, j):
    def qp(t):
        return 0.0 if p >= 1.0 and t > 0 else (1.0 if p >= 1.0 else math.exp(t * math.log1p(-p)))

    return [qp(m - 1) * p, qp(m), 1.0 / p, p * (1.0 - p), qp(m + j)]
