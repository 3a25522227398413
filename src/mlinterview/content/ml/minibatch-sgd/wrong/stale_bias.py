# Wrong: updates the bias with a residual recomputed after the weight update, instead of using
# the gradient at the same point (w, b) for both.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, lr, batch_size, order):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    for epoch_order in np.asarray(order):
        for start in range(0, len(epoch_order), batch_size):
            batch = epoch_order[start:start + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - lr * (2.0 / len(batch)) * (X[batch].T @ r)
            r = X[batch] @ w + b - y[batch]
            b = b - lr * (2.0 / len(batch)) * r.sum()
    return w, b
