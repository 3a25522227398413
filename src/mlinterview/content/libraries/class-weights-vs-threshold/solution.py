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
    # Option 1: reweight the classes in the loss (weight n / (2 * n_c) per class c) and keep
    # predict's threshold of 0.5.
    weighted = LogisticRegression(class_weight="balanced", max_iter=1000).fit(X_train, y_train)
    balanced = _scores(y_test, weighted.predict(X_test))

    # Option 2: an unweighted model, and a threshold chosen on the validation rows.
    plain = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    p_val = plain.predict_proba(X_val)[:, 1]
    # thresholds are the distinct validation scores, ascending; recall[i] is the recall of
    # "p >= thresholds[i]" (recall has one extra final entry, 0, with no threshold).
    precision, recall, thresholds = precision_recall_curve(y_val, p_val)
    reaching = recall[:-1] >= target_recall
    # Recall only falls as the threshold rises: the largest threshold that still reaches the
    # target recall is the one with the best precision among them.
    threshold = float(thresholds[reaching].max())
    # The test set is used once, with the chosen threshold: never to choose it.
    tuned = _scores(y_test, (plain.predict_proba(X_test)[:, 1] >= threshold).astype(int))
    return {"balanced": balanced, "threshold": threshold, "tuned": tuned}
