"""Pipeline + ColumnTransformer under cross-validation: each fold's fitted statistics must come
from that fold's training rows only, and the fold scores must match the reference.

The checker recomputes, with NumPy alone, what the scaler and the encoder of each fold should
have learnt from the training rows of an unshuffled KFold, so a preprocessor fitted on all rows
(or on the wrong rows) is named as such rather than as a bare number mismatch.
"""

import math

import numpy as np

SCORE_ATOL = 1e-9
STAT_RTOL = 1e-7
STAT_ATOL = 1e-9


def _folds(n, k):
    """Test index ranges of KFold(n_splits=k) without shuffling: the first n % k folds hold one
    extra row."""
    sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
    start, out = 0, []
    for size in sizes:
        out.append(range(start, start + size))
        start += size
    return out


def _close(a, b, rtol, atol):
    return abs(a - b) <= atol + rtol * abs(b)


def check(args, expected, got):
    df, numeric, categorical, _target, k = args
    if not isinstance(got, dict):
        return "return a dict with the keys scores, means, scales, categories"
    keys = {"scores", "means", "scales", "categories"}
    if set(got) != keys:
        return f"the dict must have exactly the keys {sorted(keys)}, got {sorted(got)}"
    columns = df["columns"]
    rows = df["rows"]
    n = len(rows)
    folds = _folds(n, k)
    for key in keys:
        if len(got[key]) != k:
            return f"{key}: expected one entry per fold ({k}), got {len(got[key])}"
    num = np.array([[row[columns.index(c)] for c in numeric] for row in rows], dtype=float)
    for i, test in enumerate(folds):
        train = np.ones(n, dtype=bool)
        train[list(test)] = False
        mean = num[train].mean(axis=0)
        std = num[train].std(axis=0)
        scale = np.where(std <= 1e-12 * np.maximum(1.0, np.abs(mean)), 1.0, std)
        for name, want, have in (("means", mean, got["means"][i]), ("scales", scale, got["scales"][i])):
            have = np.asarray(have, dtype=float).ravel()
            if have.shape != want.shape:
                return f"fold {i}: {name} should hold {len(want)} numbers (one per numeric column), got {have.size}"
            for j, col in enumerate(numeric):
                if not _close(float(have[j]), float(want[j]), STAT_RTOL, STAT_ATOL):
                    every = num.mean(axis=0)[j] if name == "means" else num.std(axis=0)[j]
                    hint = " (that is the value over all rows: the scaler saw the test fold)" if _close(
                        float(have[j]), float(every), STAT_RTOL, STAT_ATOL
                    ) else ""
                    return (
                        f"fold {i}: the scaler's {name[:-1]} of column {col!r} is {float(have[j])!r}, but the "
                        f"training rows of this fold give {float(want[j])!r}{hint}"
                    )
        cats = got["categories"][i]
        if len(cats) != len(categorical):
            return f"fold {i}: categories should hold one list per categorical column, got {len(cats)}"
        for j, col in enumerate(categorical):
            c = columns.index(col)
            want_cats = sorted({str(rows[r][c]) for r in range(n) if train[r]})
            have_cats = [str(x) for x in cats[j]]
            if have_cats != want_cats:
                extra = sorted(set(have_cats) - set(want_cats))
                hint = f" ({extra} appear only in the test fold: the encoder saw them)" if extra else ""
                return f"fold {i}: the encoder's categories of {col!r} are {have_cats}, expected {want_cats}{hint}"
    for i in range(k):
        e, g = expected["scores"][i], got["scores"][i]
        try:
            g = float(g)
        except (TypeError, ValueError):
            return f"scores[{i}]: expected a number, got {g!r}"
        if math.isnan(g) or abs(g - float(e)) > SCORE_ATOL:
            return f"scores[{i}] (accuracy on test fold {i}): expected {float(e)!r}, got {g!r}"
    return True
