import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_curve, precision_score, recall_score


def weights_vs_threshold(X_train, y_train, X_val, y_val, X_test, y_test, target_recall):
    """Compare class_weight="balanced" at 0.5 with an unweighted model whose threshold is tuned
    on the validation rows to reach target_recall.

    Returns {"balanced": {"precision", "recall", "f1"}, "threshold": float,
             "tuned": {"precision", "recall", "f1"}} (metrics on the test rows).
    """
    pass
