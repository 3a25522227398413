"""Logistic regression by gradient descent on one parameter vector theta = [b, w] over the
design [1 | X], with the sigmoid as a shifted tanh and the loss through log1p."""

import numpy as np


def logistic_regression_gd(X, y, w0, b0, lr, n_iters, l2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    A = np.column_stack([np.ones(n), X])
    theta = np.concatenate([[float(b0)], np.asarray(w0, dtype=float)])
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0  # the bias is not regularised
    for _ in range(n_iters):
        p = 0.5 * (1.0 + np.tanh(0.5 * (A @ theta)))  # the sigmoid, without overflow
        theta = theta - lr * (A.T @ (p - y) / n + penalty * theta)
    z = A @ theta
    # log(1 + e^z) - y z, with log(1 + e^z) = max(z, 0) + log1p(e^-|z|)
    data = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z))) - y * z
    w = theta[1:]
    return w, float(theta[0]), float(data.mean() + 0.5 * l2 * (w @ w))
