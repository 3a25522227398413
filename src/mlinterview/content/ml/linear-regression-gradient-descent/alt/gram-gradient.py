"""Batch gradient descent from sufficient statistics: the gradient of the mean squared error
only needs A^T A / n and A^T y / n for A = [1 | X], computed once, so each step costs O(d^2)
instead of a pass over the n rows."""

import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    A = np.column_stack([np.ones(n), X])
    gram = A.T @ A / n
    target = A.T @ y / n
    theta = np.concatenate([[float(b0)], np.asarray(w0, dtype=float)])
    for _ in range(n_iters):
        theta = theta - lr * (gram @ theta - target)
    return theta[1:], float(theta[0])
