"""One-sample z-test with the mean as an exactly rounded sum (math.fsum) in plain Python."""
import math


def z_test(x, mu0, sigma, alternative):
    values = x.tolist()
    mean = math.fsum(values) / len(values)
    z = (mean - mu0) * math.sqrt(len(values)) / sigma
    upper = 0.5 * math.erfc(z / math.sqrt(2.0))     # P(Z >= z)
    lower = 0.5 * math.erfc(-z / math.sqrt(2.0))    # P(Z <= z)
    if alternative == "greater":
        return [z, upper]
    if alternative == "less":
        return [z, lower]
    if alternative == "two-sided":
        return [z, 2.0 * min(upper, lower)]
    raise ValueError(f"unknown alternative {alternative!r}")
