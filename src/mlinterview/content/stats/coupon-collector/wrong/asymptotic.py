# Wrong: uses the asymptotic n*ln(n) + 0.5772*n for the full set and scales it by k/n; an
# approximation, and the scaling is not how partial collection behaves.
import math


def expected_draws(n, k):
    return (n * math.log(n) + 0.5772156649 * n + 0.5) * k / n
