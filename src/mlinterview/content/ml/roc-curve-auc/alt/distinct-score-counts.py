# Plain and correct, by counting: group the samples by distinct score (np.unique), count the
# positives and negatives of each group, and accumulate the counts from the highest score down.
# The area is the trapezoid rule over the resulting points.
import numpy as np


def roc_curve_auc(y_true, scores):
    labels = np.asarray(y_true, dtype=int)
    distinct, group = np.unique(np.asarray(scores, dtype=float), return_inverse=True)
    positives = np.bincount(group, weights=labels, minlength=len(distinct))[::-1]
    negatives = np.bincount(group, weights=1 - labels, minlength=len(distinct))[::-1]
    tp = np.concatenate([[0.0], np.cumsum(positives)])
    fp = np.concatenate([[0.0], np.cumsum(negatives)])
    tpr, fpr = tp / tp[-1], fp / fp[-1]
    area = 0.0
    for k in range(1, len(tpr)):
        area += (fpr[k] - fpr[k - 1]) * (tpr[k] + tpr[k - 1]) / 2
    thresholds = np.concatenate([[np.inf], distinct[::-1]])
    return {"fpr": fpr, "tpr": tpr, "thresholds": thresholds, "auc": float(area)}
