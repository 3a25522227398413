import numpy as np


def rmsprop(X, y, w0, lr, alpha, eps, num_steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    w = np.array(w0, dtype=float)
    square_avg = np.zeros_like(w)
    trajectory = [w.copy()]
    for _ in range(num_steps):
        grad = X.T @ (X @ w - y) / n
        # Running mean of squared gradients, one per parameter.
        square_avg = alpha * square_avg + (1 - alpha) * grad ** 2
        # Divide by its root: parameters with consistently large gradients take smaller
        # steps. eps (after the sqrt) only guards against dividing by zero.
        w = w - lr * grad / (np.sqrt(square_avg) + eps)
        trajectory.append(w.copy())
    return np.array(trajectory)
