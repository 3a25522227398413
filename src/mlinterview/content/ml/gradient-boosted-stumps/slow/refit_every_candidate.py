# Correct but slow: scores every candidate split with a fresh pass over the residuals,
# O(d n^2) per stump instead of one sorted sweep per feature.
import numpy as np


def gradient_boosting_stumps(X_train, y_train, X_test, n_estimators, learning_rate):
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    f_train = np.full(len(y_train), y_train.mean())
    f_test = np.full(len(X_test), y_train.mean())
    for _ in range(n_estimators):
        r = y_train - f_train
        best = None
        for j in range(X_train.shape[1]):
            values = np.unique(X_train[:, j])
            for t in (values[:-1] + values[1:]) / 2:
                left = X_train[:, j] <= t
                sse = ((r[left] - r[left].mean()) ** 2).sum() + ((r[~left] - r[~left].mean()) ** 2).sum()
                if best is None or sse < best[0] - 1e-12 * max(1.0, abs(best[0])):
                    best = (sse, j, t, r[left].mean(), r[~left].mean())
        if best is None:
            f_train = f_train + learning_rate * r.mean()
            f_test = f_test + learning_rate * r.mean()
            continue
        _, j, t, a, c = best
        f_train = f_train + learning_rate * np.where(X_train[:, j] <= t, a, c)
        f_test = f_test + learning_rate * np.where(X_test[:, j] <= t, a, c)
    return f_test
