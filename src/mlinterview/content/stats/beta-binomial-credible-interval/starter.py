import math


def beta_posterior(a, b, successes, failures, level):
    """Posterior mean and equal-tailed credible interval of p under a Beta(a, b) prior.

    Returns [mean, lower, upper] as floats.
    """
    pass
