import numpy as np


def log_loss(y_true, probs, eps):
    """Mean negative log-probability of the true class, probabilities clipped to [eps, 1 - eps].

    y_true: (n,) integer labels; probs: (n, C) rows of class probabilities; eps: float.
    Returns a float.
    """
    pass
