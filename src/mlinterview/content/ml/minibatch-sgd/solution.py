import numpy as np


def sgd_linear_regression(X, y, w0, b0, lr, batch_size, order):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)          # a copy: the caller's array is not modified
    b = float(b0)
    for epoch_order in np.asarray(order):
        # Consecutive slices of this epoch's order; the last may be shorter and still counts.
        for start in range(0, len(epoch_order), batch_size):
            batch = epoch_order[start:start + batch_size]
            Xb, yb = X[batch], y[batch]
            residual = Xb @ w + b - yb
            m = len(batch)
            # Gradient of the batch mean of r^2; the mean (not the sum) keeps the step size
            # independent of the batch size.
            grad_w = (2.0 / m) * (Xb.T @ residual)
            grad_b = (2.0 / m) * residual.sum()
            w = w - lr * grad_w
            b = b - lr * grad_b
    return w, b
