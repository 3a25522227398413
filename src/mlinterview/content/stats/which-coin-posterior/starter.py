import numpy as np


def coin_posterior(biases, prior, heads, tails):
    """Posterior probability of each coin after seeing `heads` heads and `tails` tails.

    biases[i] = P(heads | coin i), prior[i] = P(coin i). Returns a list of floats.
    """
    pass
