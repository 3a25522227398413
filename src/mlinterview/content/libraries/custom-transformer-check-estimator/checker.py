"""Custom transformer: no check of scikit-learn's check_estimator may fail, the estimator must
behave (get_params, fit returns self, inputs untouched), and its fitted bounds and output must
match the reference within the stated tolerance."""

import numpy as np

RTOL = 1e-9
ATOL = 1e-12


def check(args, expected, got):
    if not isinstance(got, dict):
        return "the driver returned no result"
    failed = list(got.get("failed_checks") or [])
    if failed:
        reasons = got.get("check_errors") or {}
        first = reasons.get(failed[0], "")
        return f"check_estimator failed {len(failed)} check(s): {', '.join(failed)}. {failed[0]}: {first}"
    params = got.get("params")
    if params != expected["params"]:
        return f"get_params() should give lower and upper as passed: expected {expected['params']}, got {params}"
    if got.get("fit_returns_self") is not True:
        return "fit must return self (so that Winsorizer().fit(X).transform(X) works)"
    if got.get("inputs_unchanged") is not True:
        return "fit or transform modified the array it was given: work on a copy"
    if got.get("n_features_in") != expected["n_features_in"]:
        return f"n_features_in_: expected {expected['n_features_in']}, got {got.get('n_features_in')}"
    for key in ("lower_bounds", "upper_bounds", "transformed"):
        want = np.asarray(expected[key], dtype=float)
        have = np.asarray(got[key], dtype=float)
        name = key + "_" if key != "transformed" else "transform(X_test)"
        if have.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got shape {have.shape}"
        close = np.isclose(have, want, rtol=RTOL, atol=ATOL)
        if not close.all():
            at = tuple(int(i) for i in np.argwhere(~close)[0])
            return f"{name}{list(at)}: expected {want[at]!r}, got {have[at]!r} (rtol {RTOL}, atol {ATOL})"
    return True
