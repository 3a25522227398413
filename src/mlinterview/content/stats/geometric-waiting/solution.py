import math


def geometric_summary(p, m, j):
    # (1 - p)^t as exp(t * log1p(-p)): exact to rounding for tiny p and huge t.
    def q_power(t):
        if p >= 1.0:
            return 1.0 if t == 0 else 0.0
        return math.exp(t * math.log1p(-p))

    pmf = q_power(m - 1) * p          # m - 1 failures, then a success
    survival = q_power(m)             # the first m calls all fail
    mean = 1.0 / p
    variance = (1.0 - p) / (p * p)
    # Memorylessness: P(X > m + j | X > j) = q^(m + j) / q^j = q^m = P(X > m).
    conditional = survival
    return [pmf, survival, mean, variance, conditional]
