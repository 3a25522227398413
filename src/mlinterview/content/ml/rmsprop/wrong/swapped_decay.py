# Wrong: swaps the roles of alpha and 1 - alpha, so the average forgets almost everything each
# step (alpha = 0.99 keeps only 1% of the history).
import numpy as np


def rmsprop(X, y, w0, lr, alpha, eps, num_steps):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    s = np.zeros_like(w)
    out = [w.copy()]
    for _ in range(num_steps):
        g = X.T @ (X @ w - y) / len(y)
        s = (1 - alpha) * s + alpha * g ** 2
        w = w - lr * g / (np.sqrt(s) + eps)
        out.append(w.copy())
    return np.array(out)
