from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.metrics import brier_score_loss
from sklearn.naive_bayes import GaussianNB


def _report(y_test, p, n_bins):
    # calibration_curve returns (fraction of positives, mean predicted probability) per non-empty
    # bin of equal width on [0, 1]: in that order.
    prob_true, prob_pred = calibration_curve(y_test, p, n_bins=n_bins, strategy="uniform")
    return {
        "brier": float(brier_score_loss(y_test, p)),
        "prob_true": prob_true.tolist(),
        "prob_pred": prob_pred.tolist(),
    }


def calibrate(X_train, y_train, X_test, y_test, method, cv, n_bins):
    # Before: naive Bayes trained on all training rows; its probabilities are often extreme.
    base = GaussianNB().fit(X_train, y_train)
    before = base.predict_proba(X_test)[:, 1]  # column 1 = P(class 1): classes_ is [0, 1]
    # After: with an integer cv the calibrator never sees predictions on rows the classifier
    # was trained on. For each of the cv stratified folds, a GaussianNB is fitted on the other
    # folds and the sigmoid/isotonic map is fitted on its predictions for this fold; the cv
    # calibrated models are averaged at predict time.
    calibrated = CalibratedClassifierCV(GaussianNB(), method=method, cv=cv).fit(X_train, y_train)
    after = calibrated.predict_proba(X_test)[:, 1]
    return {"before": _report(y_test, before, n_bins), "after": _report(y_test, after, n_bins)}
