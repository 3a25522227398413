# Wrong: always takes the heavy-ball step and ignores the nesterov flag.
import numpy as np


def momentum_descent(A, b, w0, lr, momentum, nesterov, num_steps):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    out = [w.copy()]
    for _ in range(num_steps):
        v = momentum * v + (A @ w - b)
        w = w - lr * v
        out.append(w.copy())
    return np.array(out)
