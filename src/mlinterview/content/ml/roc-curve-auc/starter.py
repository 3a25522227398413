import numpy as np


def roc_curve_auc(y_true, scores):
    """ROC curve (one point per distinct score, plus the starting point at threshold inf)
    and the trapezoidal area under it.

    Returns {"fpr": array, "tpr": array, "thresholds": array, "auc": float}.
    """
    pass
