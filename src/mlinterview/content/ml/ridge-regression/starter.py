import numpy as np


def ridge_regression(X, y, alpha):
    """Minimise ||y - X @ w - b||^2 + alpha * ||w||^2 (the intercept b is not penalised).

    X: (n, d) floats, y: (n,) floats, alpha: regularisation strength (float, >= 0).
    Returns (w, b): w a (d,) array, b a float.
    """
    pass
