# Wrong: the curve is right, but the area uses rectangles (the tpr at the left end of each
# step) instead of trapezoids, so diagonal segments from mixed-class ties lose half their area.
import numpy as np


def roc_curve_auc(y_true, scores):
    y_true = np.asarray(y_true, dtype=int)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    ends = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    tps = np.cumsum(y)[ends]
    fps = ends + 1 - tps
    tpr = np.r_[0, tps] / tps[-1]
    fpr = np.r_[0, fps] / fps[-1]
    auc = float(np.sum(np.diff(fpr) * tpr[:-1]))
    return {"fpr": fpr, "tpr": tpr, "thresholds": np.r_[np.inf, s[ends]], "auc": auc}
