# Plain and correct: one column at a time, the observed training values sorted by hand for the
# median, then every NaN of that column replaced in copies of both arrays.
import numpy as np


def _fill_value(observed, strategy):
    if len(observed) == 0:
        return 0.0
    if strategy == "mean":
        return float(np.sum(observed)) / len(observed)
    ordered = np.sort(observed)
    k = len(ordered)
    if k % 2 == 1:
        return float(ordered[k // 2])
    return (float(ordered[k // 2 - 1]) + float(ordered[k // 2])) / 2.0


def impute(X_train, X_test, strategy):
    train = np.array(X_train, dtype=float)
    test = np.array(X_test, dtype=float)
    for j in range(train.shape[1]):
        column = train[:, j]
        value = _fill_value(column[~np.isnan(column)], strategy)
        train[np.isnan(train[:, j]), j] = value
        test[np.isnan(test[:, j]), j] = value
    return train, test
