import numpy as np


def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    residual = y_true - y_pred
    ss_res = float(np.sum(residual ** 2))
    # R^2 compares the model's squared error with that of always predicting the mean.
    ss_tot = float(np.sum((y_true - y_true.mean()) ** 2))
    if ss_tot == 0.0:
        # Nothing to explain: the ratio is 0/0 or x/0. Perfect predictions score 1, anything
        # else 0, so the metric stays finite.
        r2 = 1.0 if ss_res == 0.0 else 0.0
    else:
        r2 = 1.0 - ss_res / ss_tot
    return {
        "mse": ss_res / len(y_true),
        "mae": float(np.mean(np.abs(residual))),
        "r2": r2,
    }
