# Plain and correct, by another formula: the sums of squares as dot products of the residual
# and of the centred target with themselves, and the guard for a constant target written out
# as the statement states it.
import numpy as np


def regression_metrics(y_true, y_pred):
    truth = np.asarray(y_true, dtype=float)
    errors = truth - np.asarray(y_pred, dtype=float)
    n = len(truth)
    ss_res = float(errors @ errors)
    centred = truth - truth.sum() / n
    ss_tot = float(centred @ centred)
    if ss_tot == 0.0:
        r2 = 1.0 if ss_res == 0.0 else 0.0
    else:
        r2 = 1.0 - ss_res / ss_tot
    return {"mse": ss_res / n, "mae": float(np.abs(errors).sum()) / n, "r2": r2}
