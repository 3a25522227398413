# Wrong: adds a curve point after every sample instead of after every distinct score, so tied
# samples produce a staircase in an arbitrary order (and extra points and thresholds).
import numpy as np


def roc_curve_auc(y_true, scores):
    y_true = np.asarray(y_true, dtype=int)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    y = y_true[order]
    tps = np.cumsum(y)
    fps = np.arange(1, len(y) + 1) - tps
    tpr = np.r_[0, tps] / tps[-1]
    fpr = np.r_[0, fps] / fps[-1]
    auc = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
    return {"fpr": fpr, "tpr": tpr, "thresholds": np.r_[np.inf, scores[order]], "auc": auc}
