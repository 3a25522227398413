# Wrong: fits a separate scaler on the test set (its own mean/std or min/max) instead of
# reusing the training statistics; a classic leakage bug.
import numpy as np


def _fit_transform(X, method):
    low, high = X.min(axis=0), X.max(axis=0)
    if method == "standard":
        shift, scale = X.mean(axis=0), X.std(axis=0)
    else:
        shift, scale = low, high - low
    scale = np.where(high == low, 1.0, scale)
    return (X - shift) / scale


def scale_features(X_train, X_test, method):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    return _fit_transform(X_train, method), _fit_transform(X_test, method)
