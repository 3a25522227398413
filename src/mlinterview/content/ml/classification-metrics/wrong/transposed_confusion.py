# Wrong: builds the confusion matrix with predictions as rows and truth as columns (the metrics
# themselves are computed correctly from the labels).
import numpy as np


def classification_report(y_true, y_pred, n_classes):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    confusion = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        confusion[p, t] += 1
    precision, recall, f1 = (np.zeros(n_classes) for _ in range(3))
    for c in range(n_classes):
        tp = np.sum((y_true == c) & (y_pred == c))
        pp, ap = np.sum(y_pred == c), np.sum(y_true == c)
        precision[c] = tp / pp if pp else 0.0
        recall[c] = tp / ap if ap else 0.0
        s = precision[c] + recall[c]
        f1[c] = 2 * precision[c] * recall[c] / s if s else 0.0
    return {"confusion": confusion, "precision": precision, "recall": recall, "f1": f1,
            "macro_precision": precision.mean(), "macro_recall": recall.mean(),
            "macro_f1": f1.mean(), "accuracy": float(np.mean(y_true == y_pred))}
