import numpy as np


def exponential_mle(times, observed):
    """MLE of the exponential rate with right-censoring, and its standard error.

    Returns [rate_hat, standard_error].
    """
    pass
