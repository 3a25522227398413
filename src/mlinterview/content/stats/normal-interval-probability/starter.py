import math


def normal_probability(mu, sigma, a, b):
    """P(a < X < b) for X ~ Normal(mu, sigma^2), accurate in the tails.

    a may be -inf, b may be inf. Returns a float.
    """
    pass
