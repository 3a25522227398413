import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    n = len(X)
    # Forward.
    Z1 = X @ W1 + b1                     # (n, h)
    A1 = np.maximum(Z1, 0.0)             # ReLU
    logits = A1 @ W2 + b2                # (n, c)
    # Log-softmax with the row maximum subtracted: exp never overflows, log never sees 0.
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()

    # Backward. For softmax + cross-entropy the gradient w.r.t. the logits is (p - onehot) / n.
    dlogits = np.exp(log_probs)
    dlogits[np.arange(n), y] -= 1.0
    dlogits /= n
    dW2 = A1.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dA1 = dlogits @ W2.T
    dZ1 = dA1 * (Z1 > 0)                 # ReLU passes the gradient where it was active; relu'(0) = 0
    dW1 = X.T @ dZ1
    db1 = dZ1.sum(axis=0)
    return float(loss), dW1, db1, dW2, db2
