import numpy as np


def adam(X, y, w0, lr, beta1, beta2, eps, num_steps):
    """Adam on f(w) = ||X w - y||^2 / (2n), with bias-corrected moments (t starts at 1).

    Returns the trajectory, shape (num_steps + 1, d), starting with w0.
    """
    pass
