# Wrong: silently drops the last, incomplete batch of every epoch.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, lr, batch_size, order):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    for epoch_order in np.asarray(order):
        for start in range(0, len(epoch_order) - batch_size + 1, batch_size):
            batch = epoch_order[start:start + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - lr * (2.0 / len(batch)) * (X[batch].T @ r)
            b = b - lr * (2.0 / len(batch)) * r.sum()
    return w, b
