"""Drives the learner's Winsorizer: scikit-learn's check_estimator (on the cases that ask for it),
then fit on X_train and transform X_test with the case's quantiles."""

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


def drive(learner, X_train, X_test, lower, upper, run_checks):
    cls = learner.Winsorizer
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
    est = cls(lower=lower, upper=upper)
    params = est.get_params()
    train_copy = X_train.copy()
    fitted = est.fit(X_train)
    test_copy = X_test.copy()
    out = est.transform(X_test)
    return {
        "failed_checks": failed,
        "check_errors": reasons,
        "params": {key: params.get(key) for key in ("lower", "upper")},
        "fit_returns_self": fitted is est,
        "inputs_unchanged": bool(np.array_equal(train_copy, X_train) and np.array_equal(test_copy, X_test)),
        "n_features_in": int(getattr(est, "n_features_in_", -1)),
        "lower_bounds": np.asarray(getattr(est, "lower_bounds_", []), dtype=float),
        "upper_bounds": np.asarray(getattr(est, "upper_bounds_", []), dtype=float),
        "transformed": np.asarray(out, dtype=float),
    }
