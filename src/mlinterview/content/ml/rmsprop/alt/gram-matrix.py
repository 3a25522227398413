# Plain and correct, by another formula: the mean-squared-error gradient X^T (X w - y) / n is
# G w - c with G = X^T X / n and c = X^T y / n computed once, so each step costs O(d^2).
import numpy as np


def rmsprop(X, y, w0, lr, alpha, eps, num_steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    G = X.T @ X / len(y)
    c = X.T @ y / len(y)
    path = np.empty((num_steps + 1, X.shape[1]))
    path[0] = w0
    mean_square = np.zeros(X.shape[1])
    for t in range(num_steps):
        g = G @ path[t] - c
        mean_square = alpha * mean_square + (1.0 - alpha) * g * g
        path[t + 1] = path[t] - lr * g / (np.sqrt(mean_square) + eps)
    return path
