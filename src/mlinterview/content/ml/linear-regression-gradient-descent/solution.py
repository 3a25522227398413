import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)  # a copy: never change the caller's array
    b = float(b0)
    n = X.shape[0]
    for _ in range(n_iters):
        residual = X @ w + b - y  # prediction minus target, shape (n,)
        # L = 1/(2n) * sum(residual^2): the 1/2 cancels the 2 from the square.
        grad_w = X.T @ residual / n
        grad_b = residual.mean()
        # Both gradients come from the same residual: a simultaneous update.
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, b
