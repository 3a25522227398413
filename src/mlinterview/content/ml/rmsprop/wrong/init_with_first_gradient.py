# Wrong: initialises the running average with the first squared gradient instead of zeros, so
# the early steps are smaller than the stated rule gives.
import numpy as np


def rmsprop(X, y, w0, lr, alpha, eps, num_steps):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    s = None
    out = [w.copy()]
    for _ in range(num_steps):
        g = X.T @ (X @ w - y) / len(y)
        s = g ** 2 if s is None else alpha * s + (1 - alpha) * g ** 2
        w = w - lr * g / (np.sqrt(s) + eps)
        out.append(w.copy())
    return np.array(out)
