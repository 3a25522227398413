import math


def binomial_pmf_cdf(n, p, k):
    """[P(X = k), P(X <= k)] for X ~ Binomial(n, p), accurate for n up to 10^6.

    Returns a list of two floats.
    """
    pass
