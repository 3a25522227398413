import numpy as np


def _safe_divide(num, den):
    # The stated zero-division rule: a ratio with a zero denominator is 0, never nan.
    return np.divide(num, den, out=np.zeros_like(num, dtype=float), where=den != 0)


def classification_report(y_true, y_pred, n_classes):
    y_true = np.asarray(y_true, dtype=int)
    y_pred = np.asarray(y_pred, dtype=int)
    # Count every (true, predicted) pair at once: encode the pair as one integer and bincount.
    # minlength keeps classes that never occur, so the matrix is always C x C.
    pairs = y_true * n_classes + y_pred
    confusion = np.bincount(pairs, minlength=n_classes * n_classes).reshape(n_classes, n_classes)

    tp = np.diag(confusion).astype(float)
    predicted = confusion.sum(axis=0)      # column sums: TP + FP
    actual = confusion.sum(axis=1)         # row sums:    TP + FN
    precision = _safe_divide(tp, predicted)
    recall = _safe_divide(tp, actual)
    f1 = _safe_divide(2 * precision * recall, precision + recall)

    return {
        "confusion": confusion,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "macro_precision": float(precision.mean()),
        "macro_recall": float(recall.mean()),
        # Macro F1 averages the per-class F1 scores; every class counts equally.
        "macro_f1": float(f1.mean()),
        "accuracy": float(tp.sum() / len(y_true)),
    }
