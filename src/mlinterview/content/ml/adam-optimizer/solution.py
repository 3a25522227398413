import numpy as np


def adam(X, y, w0, lr, beta1, beta2, eps, num_steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    w = np.array(w0, dtype=float)
    m = np.zeros_like(w)      # running mean of gradients (momentum)
    v = np.zeros_like(w)      # running mean of squared gradients (per-parameter scale)
    trajectory = [w.copy()]
    for t in range(1, num_steps + 1):
        grad = X.T @ (X @ w - y) / n
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad ** 2
        # Both averages start at 0, so early on they underestimate their targets by the
        # factors (1 - beta^t); dividing by them removes that bias.
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
        trajectory.append(w.copy())
    return np.array(trajectory)
