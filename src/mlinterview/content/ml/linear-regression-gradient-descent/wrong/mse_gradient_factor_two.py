# Wrong: differentiates the mean squared error 1/n * sum(r^2) instead of the stated
# L = 1/(2n) * sum(r^2), so every gradient is twice too large.
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    n = X.shape[0]
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w - lr * 2 * X.T @ r / n
        b = b - lr * 2 * r.mean()
    return w, b
