# Wrong: keeps the velocity as an exponential moving average, v = m v + (1 - m) g, which shrinks
# every step by (1 - m) compared with the stated rule (that is dampening = momentum in PyTorch).
import numpy as np


def momentum_descent(A, b, w0, lr, momentum, nesterov, num_steps):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    out = [w.copy()]
    for _ in range(num_steps):
        g = A @ w - b
        v = momentum * v + (1 - momentum) * g
        w = w - lr * (g + momentum * v if nesterov else v)
        out.append(w.copy())
    return np.array(out)
