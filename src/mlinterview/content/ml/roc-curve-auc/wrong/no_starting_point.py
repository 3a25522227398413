# Wrong: forgets the starting point (0, 0) at threshold +inf, so the curve misses its first
# point and the area misses the first trapezoid.
import numpy as np


def roc_curve_auc(y_true, scores):
    y_true = np.asarray(y_true, dtype=int)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    ends = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    tps = np.cumsum(y)[ends]
    fps = ends + 1 - tps
    tpr, fpr = tps / tps[-1], fps / fps[-1]
    auc = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
    return {"fpr": fpr, "tpr": tpr, "thresholds": s[ends], "auc": auc}
