# Wrong: the curve is right, but the AUC comes from the rank-sum formula with plain ordinal
# ranks (argsort of argsort); tied scores get different ranks instead of their average.
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
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1
    P, N = y_true.sum(), len(y_true) - y_true.sum()
    auc = float((ranks[y_true == 1].sum() - P * (P + 1) / 2) / (P * N))
    return {"fpr": fpr, "tpr": tpr, "thresholds": np.r_[np.inf, s[ends]], "auc": auc}
