# Wrong: uses the "number of failures before the first success" convention (support 0, 1, ...),
# which shifts the pmf and survival by one and the mean by one.
import math


def geometric_summary(p, m, j):
    q = 1.0 - p
    pmf = q ** m * p
    survival = q ** (m + 1)
    mean = q / p
    variance = q / p ** 2
    return [pmf, survival, mean, variance, survival]
