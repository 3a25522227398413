# Scans the distinct validation scores from the highest down and stops at the first that reaches
# the target recall, instead of using precision_recall_curve.
import numpy as np
from sklearn.linear_model import LogisticRegression


def _scores(y_true, y_pred):
    tp = int(np.sum((y_pred == 1) & (y_true == 1)))
    fp = int(np.sum((y_pred == 1) & (y_true == 0)))
    fn = int(np.sum((y_pred == 0) & (y_true == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def weights_vs_threshold(X_train, y_train, X_val, y_val, X_test, y_test, target_recall):
    weighted = LogisticRegression(class_weight="balanced", max_iter=1000).fit(X_train, y_train)
    plain = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    p_val = plain.predict_proba(X_val)[:, 1]
    positives = int(np.sum(y_val == 1))
    threshold = None
    for t in sorted(set(p_val.tolist()), reverse=True):
        if np.sum((p_val >= t) & (y_val == 1)) / positives >= target_recall:
            threshold = t
            break
    tuned = (plain.predict_proba(X_test)[:, 1] >= threshold).astype(int)
    return {
        "balanced": _scores(y_test, weighted.predict(X_test)),
        "threshold": float(threshold),
        "tuned": _scores(y_test, tuned),
    }
