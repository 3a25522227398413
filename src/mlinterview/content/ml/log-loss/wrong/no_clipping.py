# Wrong: no clipping. A probability of exactly 0 on the true class gives log(0) = -inf and the
# loss is infinite.
import numpy as np


def log_loss(y_true, probs, eps):
    y_true = np.asarray(y_true, dtype=int)
    probs = np.asarray(probs, dtype=float)
    with np.errstate(divide="ignore"):
        return float(-np.mean(np.log(probs[np.arange(len(y_true)), y_true])))
