import numpy as np


def sigmoid(z):
    # exp of a non-positive number never overflows: use exp(-|z|) for both signs.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_regression_gd(X, y, w0, b0, lr, n_iters, l2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    n = X.shape[0]
    for _ in range(n_iters):
        error = sigmoid(X @ w + b) - y  # d(cross-entropy)/d(logit), shape (n,)
        grad_w = X.T @ error / n + l2 * w  # the bias is not regularised
        grad_b = error.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    z = X @ w + b
    # -[y log p + (1-y) log(1-p)] = log(1 + e^z) - y z. logaddexp(0, z) computes log(1 + e^z)
    # without overflow and without taking log(0) when p rounds to 0 or 1.
    loss = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w)
    return w, b, float(loss)
