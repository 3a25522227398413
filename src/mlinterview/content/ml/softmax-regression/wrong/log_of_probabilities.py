# Wrong: the softmax is stable, but the loss takes log() of the probabilities. When the true
# class is hundreds of logits below the best one its probability underflows to 0 and the
# loss becomes inf instead of a large finite number.
import numpy as np


def softmax_regression_gd(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    n = X.shape[0]
    Y = np.eye(W.shape[1])[y]

    def softmax(Z):
        E = np.exp(Z - Z.max(axis=1, keepdims=True))
        return E / E.sum(axis=1, keepdims=True)

    for _ in range(n_iters):
        G = (softmax(X @ W + b) - Y) / n
        W = W - lr * X.T @ G
        b = b - lr * G.sum(axis=0)
    with np.errstate(divide="ignore"):
        loss = -np.log(softmax(X @ W + b)[np.arange(n), y]).mean()
    return W, b, float(loss)
