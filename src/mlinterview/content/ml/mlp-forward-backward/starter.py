import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    """Loss and gradients of a 2-layer ReLU network with softmax cross-entropy.

    X: (n, d); y: (n,) integer classes in [0, c); W1: (d, h); b1: (h,); W2: (h, c); b2: (c,).
    Returns (loss, dW1, db1, dW2, db2): the mean cross-entropy (a float) and its gradients, each
    with the shape of its parameter.
    """
    pass
