# Wrong: finds all the mistakes of an epoch with the weights from the start of the epoch and
# applies them together. That is a batch method, not the online perceptron.
import numpy as np


def perceptron(X, y, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_epochs):
        wrong = y * (X @ w + b) <= 0
        w = w + (y[wrong, None] * X[wrong]).sum(axis=0)
        b = b + y[wrong].sum()
    return w, float(b)
