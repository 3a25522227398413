# Wrong: fits GaussianNB on all training rows and then fits the calibration map on that same
# model's predictions for the same rows (a frozen, prefit model calibrated on its training data),
# so the calibrator learns from over-confident in-sample scores.
from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.frozen import FrozenEstimator
from sklearn.metrics import brier_score_loss
from sklearn.naive_bayes import GaussianNB


def _report(y, p, n_bins):
    prob_true, prob_pred = calibration_curve(y, p, n_bins=n_bins)
    return {"brier": float(brier_score_loss(y, p)), "prob_true": prob_true.tolist(), "prob_pred": prob_pred.tolist()}


def calibrate(X_train, y_train, X_test, y_test, method, cv, n_bins):
    base = GaussianNB().fit(X_train, y_train)
    before = base.predict_proba(X_test)[:, 1]
    calibrated = CalibratedClassifierCV(FrozenEstimator(base), method=method).fit(X_train, y_train)
    after = calibrated.predict_proba(X_test)[:, 1]
    return {"before": _report(y_test, before, n_bins), "after": _report(y_test, after, n_bins)}
