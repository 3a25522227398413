# Wrong: the Nesterov step uses the velocity from before this step's update
# (g + m * v_old), so the look-ahead lags one step behind.
import numpy as np


def momentum_descent(A, b, w0, lr, momentum, nesterov, num_steps):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    out = [w.copy()]
    for _ in range(num_steps):
        g = A @ w - b
        step = g + momentum * v if nesterov else momentum * v + g
        v = momentum * v + g
        w = w - lr * step
        out.append(w.copy())
    return np.array(out)
