"""Drives the learner's CentroidClassifier: scikit-learn's check_estimator (on the cases that ask
for it), then fit, predict and predict_proba on the case's data."""

import sys
import warnings

import numpy as np

# check_positive_only_tag_during_fit loads the iris data set from a file of scikit-learn's, which
# the judge's sandbox does not open (importlib.readers is not importable there); it is skipped.
SKIPPED = {"check_positive_only_tag_during_fit": "needs load_iris, which the sandbox cannot read"}


def _importable(cls):
    # check_estimator pickles the estimator; pickle finds a class through its module. The
    # learner's code runs as a script, so make its class reachable there as it would be from a file.
    module = sys.modules.get(cls.__module__)
    if module is not None and getattr(module, cls.__qualname__, None) is not cls:
        setattr(module, cls.__qualname__, cls)


def _labels(values):
    return [v.item() if isinstance(v, np.generic) else v for v in np.asarray(values).tolist()]


def drive(learner, X_train, y_train, X_test, temperature, run_checks):
    cls = learner.CentroidClassifier
    failed, reasons = [], {}
    if run_checks:
        from sklearn.utils.estimator_checks import check_estimator

        _importable(cls)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results = check_estimator(cls(), on_fail=None, on_skip=None, expected_failed_checks=SKIPPED)
        for r in results:
            if r["status"] == "failed" and r["check_name"] not in reasons:
                error = r.get("exception")
                reasons[r["check_name"]] = f"{type(error).__name__}: {error}"[:400]
        failed = sorted(reasons)
    y = np.asarray(y_train)
    est = cls(temperature=temperature)
    params = est.get_params()
    fitted = est.fit(X_train, y)
    return {
        "failed_checks": failed,
        "check_errors": reasons,
        "params": {"temperature": params.get("temperature")},
        "fit_returns_self": fitted is est,
        "n_features_in": int(getattr(est, "n_features_in_", -1)),
        "classes": _labels(getattr(est, "classes_", [])),
        "centroids": np.asarray(getattr(est, "centroids_", []), dtype=float),
        "predict": _labels(est.predict(X_test)),
        "predict_proba": np.asarray(est.predict_proba(X_test), dtype=float),
    }
