import numpy as np


def lasso_coordinate_descent(X, y, alpha, n_sweeps):
    """Cyclic coordinate descent on 1/(2n) * ||y - X @ w - b||^2 + alpha * ||w||_1.

    X: (n, d) floats, y: (n,) floats, alpha > 0, n_sweeps: number of full passes over the
    coordinates (int). Start from w = 0; the intercept is not penalised.
    Returns (w, b): w a (d,) array, b a float.
    """
    pass
