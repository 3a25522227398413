import numpy as np


def logistic_regression_gd(X, y, w0, b0, lr, n_iters, l2):
    """Full-batch gradient descent on mean binary cross-entropy + (l2 / 2) * ||w||^2.

    X: (n, d) floats, y: (n,) labels in {0, 1}, w0: (d,) initial weights, b0: initial bias,
    lr: learning rate, n_iters: number of steps, l2: L2 strength (the bias is not penalised).
    Returns (w, b, loss): the final parameters and the objective evaluated at them.
    """
    pass
