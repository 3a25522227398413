# Wrong: the loss is the batch mean but the gradients are computed for the batch sum (the 1/n
# factor is missing in the backward pass).
import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    X, y = np.asarray(X, float), np.asarray(y, int)
    n = len(X)
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0)
    logits = A1 @ W2 + b2
    s = logits - logits.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(n), y].mean()
    d = np.exp(logp)
    d[np.arange(n), y] -= 1
    dA1 = d @ W2.T
    dZ1 = dA1 * (Z1 > 0)
    return float(loss), X.T @ dZ1, dZ1.sum(0), A1.T @ d, d.sum(0)
