# Wrong: no guard for constant columns: 0 / 0 gives nan for the training column and
# +-inf for test values that differ from the constant.
import numpy as np


def scale_features(X_train, X_test, method):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    if method == "standard":
        shift, scale = X_train.mean(axis=0), X_train.std(axis=0)
    else:
        shift = X_train.min(axis=0)
        scale = X_train.max(axis=0) - shift
    return (X_train - shift) / scale, (X_test - shift) / scale
