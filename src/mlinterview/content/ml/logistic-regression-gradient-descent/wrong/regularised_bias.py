# Wrong: applies the L2 penalty to the bias as well as to the weights.
import numpy as np


def logistic_regression_gd(X, y, w0, b0, lr, n_iters, l2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    n = X.shape[0]
    for _ in range(n_iters):
        z = X @ w + b
        p = np.exp(-np.logaddexp(0.0, -z))
        w = w - lr * (X.T @ (p - y) / n + l2 * w)
        b = b - lr * ((p - y).mean() + l2 * b)
    z = X @ w + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w + b * b)
    return w, b, float(loss)
