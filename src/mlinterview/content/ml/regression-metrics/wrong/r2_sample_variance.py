# Wrong: computes R^2 as 1 - MSE / var(y_true, ddof=1), mixing a 1/n average with a 1/(n-1)
# variance; the two denominators must match (both sums, or both 1/n).
import numpy as np


def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    r = y_true - y_pred
    mse = float(np.mean(r ** 2))
    var = float(np.var(y_true, ddof=1)) if len(y_true) > 1 else 0.0
    r2 = (1.0 if mse == 0 else 0.0) if var == 0 else 1 - mse / var
    return {"mse": mse, "mae": float(np.mean(np.abs(r))), "r2": r2}
