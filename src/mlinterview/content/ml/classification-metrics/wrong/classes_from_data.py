# Wrong: takes the set of classes from the labels that occur instead of 0 .. n_classes - 1, so a
# class that never appears is dropped: the matrix shrinks and the macro averages change.
import numpy as np


def classification_report(y_true, y_pred, n_classes):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    classes = np.unique(np.concatenate([y_true, y_pred]))
    confusion = np.array([[np.sum((y_true == a) & (y_pred == b)) for b in classes] for a in classes])
    tp = np.diag(confusion).astype(float)
    pp, ap = confusion.sum(axis=0), confusion.sum(axis=1)
    precision = np.where(pp > 0, tp / np.maximum(pp, 1), 0.0)
    recall = np.where(ap > 0, tp / np.maximum(ap, 1), 0.0)
    s = precision + recall
    f1 = np.where(s > 0, 2 * precision * recall / np.where(s > 0, s, 1), 0.0)
    return {"confusion": confusion, "precision": precision, "recall": recall, "f1": f1,
            "macro_precision": precision.mean(), "macro_recall": recall.mean(),
            "macro_f1": f1.mean(), "accuracy": float(tp.sum() / len(y_true))}
