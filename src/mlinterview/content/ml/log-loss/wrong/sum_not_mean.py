# Wrong: sums the per-sample losses instead of averaging them.
import numpy as np


def log_loss(y_true, probs, eps):
    y_true = np.asarray(y_true, dtype=int)
    probs = np.clip(np.asarray(probs, dtype=float), eps, 1 - eps)
    return float(-np.sum(np.log(probs[np.arange(len(y_true)), y_true])))
