import numpy as np


def regression_metrics(y_true, y_pred):
    """Mean squared error, mean absolute error and R^2.

    R^2 for a constant y_true: 1.0 if the predictions are perfect, else 0.0.
    Returns {"mse": float, "mae": float, "r2": float}.
    """
    pass
