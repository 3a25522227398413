import numpy as np


def classification_report(y_true, y_pred, n_classes):
    """Confusion matrix (rows = true, columns = predicted), per-class and macro
    precision / recall / F1 (0 when a denominator is 0), and accuracy.

    Returns a dict with keys confusion, precision, recall, f1, macro_precision,
    macro_recall, macro_f1, accuracy.
    """
    pass
