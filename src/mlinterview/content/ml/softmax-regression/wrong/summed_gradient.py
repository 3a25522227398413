# Wrong: the gradient of the *summed* cross-entropy (no division by n), while the loss being
# minimised is the mean: every step is n times too long.
import numpy as np


def softmax_regression_gd(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    n = X.shape[0]
    Y = np.eye(W.shape[1])[y]

    def log_softmax(Z):
        Z = Z - Z.max(axis=1, keepdims=True)
        return Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))

    for _ in range(n_iters):
        G = np.exp(log_softmax(X @ W + b)) - Y
        W = W - lr * X.T @ G
        b = b - lr * G.sum(axis=0)
    loss = -log_softmax(X @ W + b)[np.arange(n), y].mean()
    return W, b, float(loss)
