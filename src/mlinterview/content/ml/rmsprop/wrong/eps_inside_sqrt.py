# Wrong: puts eps inside the square root, sqrt(s + eps), instead of adding it afterwards. The
# two differ noticeably when eps is not tiny compared with s.
import numpy as np


def rmsprop(X, y, w0, lr, alpha, eps, num_steps):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    s = np.zeros_like(w)
    out = [w.copy()]
    for _ in range(num_steps):
        g = X.T @ (X @ w - y) / len(y)
        s = alpha * s + (1 - alpha) * g ** 2
        w = w - lr * g / np.sqrt(s + eps)
        out.append(w.copy())
    return np.array(out)
