import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    """Run n_iters steps of full-batch gradient descent on L = 1/(2n) * ||X @ w + b - y||^2.

    X: (n, d) floats, y: (n,) floats, w0: (d,) initial weights, b0: initial intercept (float),
    lr: learning rate (float), n_iters: number of steps (int).
    Returns (w, b) after the last step: w a (d,) array, b a float.
    """
    pass
