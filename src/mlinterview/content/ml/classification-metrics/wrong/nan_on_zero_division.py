# Wrong: divides without a zero-division rule, so a class that is never predicted (or never
# present) gets nan precision / recall / F1, and the macro averages become nan.
import numpy as np


def classification_report(y_true, y_pred, n_classes):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    confusion = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(confusion, (y_true, y_pred), 1)
    tp = np.diag(confusion).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = tp / confusion.sum(axis=0)
        recall = tp / confusion.sum(axis=1)
        f1 = 2 * precision * recall / (precision + recall)
    return {"confusion": confusion, "precision": precision, "recall": recall, "f1": f1,
            "macro_precision": precision.mean(), "macro_recall": recall.mean(),
            "macro_f1": f1.mean(), "accuracy": float(tp.sum() / len(y_true))}
