import numpy as np


def normal_mle(values, counts):
    """Maximum-likelihood mean and variance of a normal sample given as a frequency table.

    Returns [mu_hat, sigma2_hat].
    """
    pass
