import numpy as np


def roc_curve_auc(y_true, scores):
    y_true = np.asarray(y_true, dtype=int)
    scores = np.asarray(scores, dtype=float)
    # Walk the samples from the highest score down: lowering the threshold past a sample makes
    # it a predicted positive.
    order = np.argsort(-scores, kind="stable")
    scores, y_true = scores[order], y_true[order]

    # Tied scores cross the threshold together, so the curve only gets a point at the last
    # sample of each run of equal scores.
    run_ends = np.r_[np.flatnonzero(np.diff(scores)), len(scores) - 1]
    true_pos = np.cumsum(y_true)[run_ends]
    false_pos = (run_ends + 1) - true_pos

    # Prepend the point (0, 0): threshold +inf, nothing predicted positive.
    tpr = np.r_[0, true_pos] / true_pos[-1]
    fpr = np.r_[0, false_pos] / false_pos[-1]
    thresholds = np.r_[np.inf, scores[run_ends]]

    # Trapezoids: a tie group that mixes classes is a diagonal segment, which counts each
    # positive-negative tie as half a correctly ordered pair.
    auc = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
    return {"fpr": fpr, "tpr": tpr, "thresholds": thresholds, "auc": auc}
