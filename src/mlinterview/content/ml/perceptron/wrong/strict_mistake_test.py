# Wrong: counts a mistake only when y * score < 0. Starting from w = 0 and b = 0 every score
# is exactly 0, so the perceptron never updates.
import numpy as np


def perceptron(X, y, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_epochs):
        for x_i, y_i in zip(X, y):
            if y_i * (x_i @ w + b) < 0:
                w = w + y_i * x_i
                b = b + y_i
    return w, float(b)
