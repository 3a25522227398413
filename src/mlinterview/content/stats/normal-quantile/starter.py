import math


def normal_quantile(p, mu, sigma):
    """The p-quantile of Normal(mu, sigma^2), by inverting the cdf numerically.

    Returns a float.
    """
    pass
