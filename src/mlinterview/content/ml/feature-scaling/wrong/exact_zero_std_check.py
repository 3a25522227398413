# Wrong: detects constant columns with `std == 0`. A constant column such as [0.1, 0.1, 0.1]
# has a computed std of about 1e-17, so it is divided by rounding noise.
import numpy as np


def scale_features(X_train, X_test, method):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    if method == "standard":
        shift, scale = X_train.mean(axis=0), X_train.std(axis=0)
    else:
        shift = X_train.min(axis=0)
        scale = X_train.max(axis=0) - shift
    scale = np.where(scale == 0, 1.0, scale)
    return (X_train - shift) / scale, (X_test - shift) / scale
