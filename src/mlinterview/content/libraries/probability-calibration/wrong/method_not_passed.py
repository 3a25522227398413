# Wrong: forgets to pass method= to CalibratedClassifierCV, so isotonic is never used (the
# default is sigmoid) and the isotonic cases get Platt scaling.
from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.metrics import brier_score_loss
from sklearn.naive_bayes import GaussianNB


def _report(y, p, n_bins):
    prob_true, prob_pred = calibration_curve(y, p, n_bins=n_bins)
    return {"brier": float(brier_score_loss(y, p)), "prob_true": prob_true.tolist(), "prob_pred": prob_pred.tolist()}


def calibrate(X_train, y_train, X_test, y_test, method, cv, n_bins):
    base = GaussianNB().fit(X_train, y_train)
    calibrated = CalibratedClassifierCV(GaussianNB(), cv=cv).fit(X_train, y_train)
    return {
        "before": _report(y_test, base.predict_proba(X_test)[:, 1], n_bins),
        "after": _report(y_test, calibrated.predict_proba(X_test)[:, 1], n_bins),
    }
