# Wrong: uses the gradient of half the mean squared error (drops the factor 2), so every step is
# half the size the stated loss calls for.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, lr, batch_size, order):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    for epoch_order in np.asarray(order):
        for start in range(0, len(epoch_order), batch_size):
            batch = epoch_order[start:start + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - lr * (X[batch].T @ r) / len(batch)
            b = b - lr * r.sum() / len(batch)
    return w, b
