# Wrong: standardises with the sample standard deviation (ddof=1); the scaler uses ddof=0.
import numpy as np


def scale_features(X_train, X_test, method):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    low, high = X_train.min(axis=0), X_train.max(axis=0)
    if method == "standard":
        shift = X_train.mean(axis=0)
        scale = X_train.std(axis=0, ddof=1) if len(X_train) > 1 else np.ones(X_train.shape[1])
    else:
        shift, scale = low, high - low
    scale = np.where(high == low, 1.0, scale)
    return (X_train - shift) / scale, (X_test - shift) / scale
