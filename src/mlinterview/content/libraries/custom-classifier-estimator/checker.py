"""Custom classifier: no check of scikit-learn's check_estimator may fail, the estimator must
behave (get_params, fit returns self), and classes_, centroids_, predict and predict_proba must
match the reference (labels exactly, numbers within the stated tolerance)."""

import numpy as np

RTOL = 1e-7
ATOL = 1e-10


def _numbers(name, want, have):
    want = np.asarray(want, dtype=float)
    try:
        have = np.asarray(have, dtype=float)
    except (TypeError, ValueError):
        return f"{name}: expected numbers, got {have!r:.200}"
    if have.shape != want.shape:
        return f"{name}: expected shape {want.shape}, got shape {have.shape}"
    close = np.isclose(have, want, rtol=RTOL, atol=ATOL, equal_nan=False)
    if not close.all():
        at = tuple(int(i) for i in np.argwhere(~close)[0])
        return f"{name}{list(at)}: expected {float(want[at])!r}, got {float(have[at])!r} (rtol {RTOL}, atol {ATOL})"
    return None


def check(args, expected, got):
    if not isinstance(got, dict):
        return "the driver returned no result"
    failed = list(got.get("failed_checks") or [])
    if failed:
        reasons = got.get("check_errors") or {}
        first = reasons.get(failed[0], "")
        return f"check_estimator failed {len(failed)} check(s): {', '.join(failed)}. {failed[0]}: {first}"
    if got.get("params") != expected["params"]:
        return f"get_params() should give temperature as passed: expected {expected['params']}, got {got.get('params')}"
    if got.get("fit_returns_self") is not True:
        return "fit must return self"
    if got.get("n_features_in") != expected["n_features_in"]:
        return f"n_features_in_: expected {expected['n_features_in']}, got {got.get('n_features_in')}"
    if list(got.get("classes") or []) != list(expected["classes"]):
        return f"classes_: expected {list(expected['classes'])} (sorted, as np.unique gives), got {got.get('classes')}"
    problem = _numbers("centroids_", expected["centroids"], got.get("centroids"))
    if problem:
        return problem
    if list(got.get("predict") or []) != list(expected["predict"]):
        e, g = list(expected["predict"]), list(got.get("predict") or [])
        if len(e) != len(g):
            return f"predict: expected {len(e)} labels, got {len(g)}"
        i = next(i for i in range(len(e)) if e[i] != g[i])
        return f"predict[{i}]: expected {e[i]!r}, got {g[i]!r}"
    return _numbers("predict_proba", expected["predict_proba"], got.get("predict_proba")) or True
