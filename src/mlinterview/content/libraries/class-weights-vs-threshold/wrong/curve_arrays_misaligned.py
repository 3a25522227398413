# Wrong: pairs recall[1:] with thresholds (precision_recall_curve's recall has one more entry
# than thresholds, and recall[i] belongs to thresholds[i]), so the chosen threshold is one step
# too high and the target recall is missed on the validation rows.
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
    ok = recall[1:] >= target_recall
    threshold = float(thresholds[ok].max()) if ok.any() else float(thresholds.min())
    return {
        "balanced": _scores(y_test, weighted.predict(X_test)),
        "threshold": threshold,
        "tuned": _scores(y_test, (plain.predict_proba(X_test)[:, 1] >= threshold).astype(int)),
    }
