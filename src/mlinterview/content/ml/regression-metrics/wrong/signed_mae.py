# Wrong: MAE without the absolute value (the mean error, i.e. the bias), so over- and
# under-predictions cancel out.
import numpy as np


def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    r = y_true - y_pred
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    ss_res = np.sum(r ** 2)
    r2 = (1.0 if ss_res == 0 else 0.0) if ss_tot == 0 else 1 - ss_res / ss_tot
    return {"mse": float(np.mean(r ** 2)), "mae": float(np.mean(r)), "r2": float(r2)}
