# Plain and correct, by another bookkeeping: a column of ones carries the bias, so one vector
# theta = (w, b) is tested and corrected per sample.
import numpy as np


def perceptron(X, y, n_epochs):
    X = np.asarray(X, dtype=float)
    rows = np.hstack([X, np.ones((len(X), 1))])
    labels = np.asarray(y, dtype=float).tolist()
    theta = np.zeros(rows.shape[1])
    for _ in range(n_epochs):
        for i, label in enumerate(labels):
            if label * (rows[i] @ theta) <= 0:
                theta += label * rows[i]
    return theta[:-1], float(theta[-1])
