import numpy as np


def linear_regression_closed_form(X, y):
    """Least-squares fit of y ~ X @ w + b through the normal equations.

    X: (n, d) float array, y: (n,) float array.
    Returns (w, b): w a (d,) array of weights, b the intercept as a float.
    """
    pass
