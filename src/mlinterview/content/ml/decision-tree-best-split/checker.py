"""Accept any split whose gain equals the best gain (within 1e-9), reported correctly.

Several splits can share the best gain (two features ordering the labels the same way, or
symmetric counts). The statement names the reference's tie rule but accepts any of them, so
the check recomputes the gain of the split that was returned.
"""
import math

import numpy as np

TOL = 1e-9


def _impurity(labels, criterion):
    if len(labels) == 0:
        return 0.0
    p = np.unique(labels, return_counts=True)[1] / len(labels)
    if criterion == "gini":
        return float(1.0 - (p ** 2).sum())
    return float(-(p * np.log2(p)).sum())


def _gain(x, y, threshold, criterion):
    left = x <= threshold
    n = len(y)
    return _impurity(y, criterion) - (left.sum() * _impurity(y[left], criterion)
                                      + (~left).sum() * _impurity(y[~left], criterion)) / n


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check(args, expected, got):
    X = np.asarray(args[0], dtype=float)
    y = np.asarray(args[1])
    criterion = args[2]
    if not isinstance(got, (list, tuple)) or len(got) != 3:
        return "expected a tuple (feature, threshold, gain)"
    feature, threshold, gain = got
    best_feature, _, best_gain = expected
    if not _number(feature) or feature != int(feature):
        return f"the feature must be an integer index, got {feature!r}"
    feature = int(feature)
    if best_feature == -1:
        if feature == -1 and threshold is None and _number(gain) and abs(gain) <= TOL:
            return True
        return "no split is possible here (every feature is constant): expected (-1, None, 0.0)"
    if not 0 <= feature < X.shape[1]:
        return f"feature {feature} is out of range (there are {X.shape[1]} features)"
    if not _number(threshold):
        return f"the threshold must be a number, got {threshold!r}"
    if not _number(gain):
        return f"the gain must be a finite number, got {gain!r}"
    values = np.unique(X[:, feature])
    midpoints = (values[:-1] + values[1:]) / 2
    close = np.abs(midpoints - threshold) <= 1e-9 * (1.0 + abs(threshold))
    if not close.any():
        return (f"threshold {threshold!r} is not the midpoint of two consecutive distinct values "
                f"of feature {feature}")
    actual = _gain(X[:, feature], y, midpoints[close][0], criterion)
    if abs(actual - best_gain) > TOL:
        return (f"the split (feature {feature}, threshold {threshold!r}) has gain {actual!r}; "
                f"the best split has gain {best_gain!r}")
    if abs(gain - actual) > TOL:
        return f"the reported gain {gain!r} is not the gain of that split ({actual!r})"
    return True
