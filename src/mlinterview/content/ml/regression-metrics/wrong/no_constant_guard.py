# Wrong: no rule for a constant y_true, so R^2 divides by zero and comes out as nan or -inf.
import numpy as np


def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    r = y_true - y_pred
    with np.errstate(divide="ignore", invalid="ignore"):
        r2 = 1 - np.sum(r ** 2) / np.sum((y_true - y_true.mean()) ** 2)
    return {"mse": float(np.mean(r ** 2)), "mae": float(np.mean(np.abs(r))), "r2": float(r2)}
