from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.metrics import brier_score_loss
from sklearn.naive_bayes import GaussianNB


def calibrate(X_train, y_train, X_test, y_test, method, cv, n_bins):
    """Calibrate GaussianNB with CalibratedClassifierCV and report Brier scores and bins.

    method: "sigmoid" or "isotonic"; cv: number of stratified folds; n_bins: uniform bins.
    Returns {"before": {"brier", "prob_true", "prob_pred"}, "after": {...}}.
    """
    pass
