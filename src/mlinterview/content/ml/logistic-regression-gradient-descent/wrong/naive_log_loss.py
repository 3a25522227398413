# Wrong: computes the loss as -[y log(p) + (1 - y) log(1 - p)] from the probabilities. For
# large logits p rounds to exactly 0 or 1 and the loss becomes inf or nan.
import numpy as np


def logistic_regression_gd(X, y, w0, b0, lr, n_iters, l2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    n = X.shape[0]
    with np.errstate(all="ignore"):
        for _ in range(n_iters):
            p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
            w = w - lr * (X.T @ (p - y) / n + l2 * w)
            b = b - lr * (p - y).mean()
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + 0.5 * l2 * w @ w
    return w, b, float(loss)
