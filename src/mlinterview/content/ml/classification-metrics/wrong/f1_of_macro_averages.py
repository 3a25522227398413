# Wrong: computes macro F1 as the harmonic mean of macro precision and macro recall instead of
# the mean of the per-class F1 scores.
import numpy as np


def classification_report(y_true, y_pred, n_classes):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    confusion = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(confusion, (y_true, y_pred), 1)
    tp = np.diag(confusion).astype(float)
    pp, ap = confusion.sum(axis=0), confusion.sum(axis=1)
    precision = np.where(pp > 0, tp / np.maximum(pp, 1), 0.0)
    recall = np.where(ap > 0, tp / np.maximum(ap, 1), 0.0)
    s = precision + recall
    f1 = np.where(s > 0, 2 * precision * recall / np.where(s > 0, s, 1), 0.0)
    mp, mr = precision.mean(), recall.mean()
    return {"confusion": confusion, "precision": precision, "recall": recall, "f1": f1,
            "macro_precision": mp, "macro_recall": mr,
            "macro_f1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0,
            "accuracy": float(tp.sum() / len(y_true))}
