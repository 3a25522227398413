# Wrong: forgets the bias correction and uses the raw moving averages m and v, so the early
# steps are far from the intended size (m starts 10x too small, sqrt(v) about 30x too small).
import numpy as np


def adam(X, y, w0, lr, beta1, beta2, eps, num_steps):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    m, v = np.zeros_like(w), np.zeros_like(w)
    out = [w.copy()]
    for _ in range(num_steps):
        g = X.T @ (X @ w - y) / len(y)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g ** 2
        w = w - lr * m / (np.sqrt(v) + eps)
        out.append(w.copy())
    return np.array(out)
