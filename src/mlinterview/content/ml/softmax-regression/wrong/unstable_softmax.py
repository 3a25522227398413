# Wrong: exponentiates the raw logits. exp(1000) overflows to inf, inf / inf is nan, and the
# nan spreads into the weights.
import numpy as np


def softmax_regression_gd(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    n = X.shape[0]
    Y = np.eye(W.shape[1])[y]
    with np.errstate(all="ignore"):
        for _ in range(n_iters):
            E = np.exp(X @ W + b)
            P = E / E.sum(axis=1, keepdims=True)
            G = (P - Y) / n
            W = W - lr * X.T @ G
            b = b - lr * G.sum(axis=0)
        E = np.exp(X @ W + b)
        loss = -np.log((E / E.sum(axis=1, keepdims=True))[np.arange(n), y]).mean()
    return W, b, float(loss)
