import numpy as np


def rmsprop(X, y, w0, lr, alpha, eps, num_steps):
    """RMSProp on f(w) = ||X w - y||^2 / (2n), starting from s = 0.

    s = alpha * s + (1 - alpha) * g**2;  w -= lr * g / (sqrt(s) + eps).
    Returns the trajectory, shape (num_steps + 1, d), starting with w0.
    """
    pass
