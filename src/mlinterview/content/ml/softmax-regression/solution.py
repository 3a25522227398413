import numpy as np


def log_softmax(Z):
    # Subtracting the row maximum changes nothing mathematically and keeps exp() <= 1.
    Z = Z - Z.max(axis=1, keepdims=True)
    return Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))


def softmax_regression_gd(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    n = X.shape[0]
    rows = np.arange(n)
    Y = np.zeros((n, W.shape[1]))
    Y[rows, y] = 1.0  # one-hot targets
    for _ in range(n_iters):
        P = np.exp(log_softmax(X @ W + b))
        G = (P - Y) / n  # d(mean cross-entropy)/d(logits), shape (n, K)
        W = W - lr * (X.T @ G)
        b = b - lr * G.sum(axis=0)
    # The loss straight from log-probabilities: never log(0), even for extreme logits.
    loss = -log_softmax(X @ W + b)[rows, y].mean()
    return W, b, float(loss)
