import numpy as np


def softmax_regression_gd(X, y, W0, b0, lr, n_iters):
    """Full-batch gradient descent on the mean cross-entropy of a softmax classifier.

    X: (n, d) floats, y: (n,) integer labels in 0..K-1, W0: (d, K) initial weights,
    b0: (K,) initial biases, lr: learning rate, n_iters: number of steps.
    Returns (W, b, loss): final parameters and the mean cross-entropy at them.
    """
    pass
