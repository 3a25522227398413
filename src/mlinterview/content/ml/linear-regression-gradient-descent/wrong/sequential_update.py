# Wrong: updates w first and then computes the intercept's gradient with the new w, so the
# two parameters are not updated from the same point.
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    n = X.shape[0]
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w - lr * X.T @ r / n
        r = X @ w + b - y
        b = b - lr * r.mean()
    return w, b
