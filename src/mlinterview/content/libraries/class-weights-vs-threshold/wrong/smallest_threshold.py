# Wrong: takes the smallest threshold that reaches the target recall instead of the largest, which
# always reaches it (recall 1 at the lowest score) but throws away all the precision it could keep.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_curve, precision_score, recall_score


def _scores(y_true, y_pred):
    return {
        "precision": float(precision_score(y_true, y_pred, zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, zero_division=0)),
        "f1": float(f1_score(y_true, y_pred, zero_division=0)),
    }


def weights_vs_threshold(X_train, y_train, X_val, y_val, X_test, y_test, target_recall):
    weighted = LogisticRegression(class_weight="balanced", max_iter=1000).fit(X_train, y_train)
    plain = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    precision, recall, thresholds = precision_recall_curve(y_val, plain.predict_proba(X_val)[:, 1])
    threshold = float(thresholds[recall[:-1] >= target_recall].min())
    return {
        "balanced": _scores(y_test, weighted.predict(X_test)),
        "threshold": threshold,
        "tuned": _scores(y_test, (plain.predict_proba(X_test)[:, 1] >= threshold).astype(int)),
    }
