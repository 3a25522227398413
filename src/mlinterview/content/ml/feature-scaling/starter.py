import numpy as np


def scale_features(X_train, X_test, method):
    """Fit a scaler on X_train and apply it to X_train and X_test.

    method: "standard" (z-score, population std) or "minmax" (to [0, 1] on the training range).
    A constant training column gets scale 1. Returns (train_scaled, test_scaled).
    """
    pass
