import numpy as np


def scale_features(X_train, X_test, method):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    # Fit: every statistic comes from the training rows only, so nothing about the test set
    # leaks into the model.
    low, high = X_train.min(axis=0), X_train.max(axis=0)
    if method == "standard":
        shift = X_train.mean(axis=0)
        scale = X_train.std(axis=0)            # ddof 0, the population standard deviation
    elif method == "minmax":
        shift = low
        scale = high - low
    else:
        raise ValueError(f"unknown method {method!r}")
    # A constant column has no spread to divide by. Detect it from the raw values: its computed
    # std can be a tiny rounding residue (1e-17) rather than an exact 0.
    scale = np.where(high == low, 1.0, scale)
    # Transform: the same shift and scale for both sets.
    return (X_train - shift) / scale, (X_test - shift) / scale
