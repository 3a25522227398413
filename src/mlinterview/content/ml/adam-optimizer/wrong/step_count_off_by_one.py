# Wrong: the bias corrections use beta^(t+1) (the counter is incremented before it is used and
# started at 1), so every correction is slightly off.
import numpy as np


def adam(X, y, w0, lr, beta1, beta2, eps, num_steps):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    m, v = np.zeros_like(w), np.zeros_like(w)
    out = [w.copy()]
    t = 1
    for _ in range(num_steps):
        t += 1
        g = X.T @ (X @ w - y) / len(y)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g ** 2
        w = w - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
        out.append(w.copy())
    return np.array(out)
