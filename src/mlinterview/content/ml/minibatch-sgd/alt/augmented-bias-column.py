# Plain and correct, by another formula: the bias becomes the weight of a column of ones, so
# one parameter vector theta = (w, b) takes one gradient step per batch.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, lr, batch_size, order):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xa = np.hstack([X, np.ones((n, 1))])
    theta = np.append(np.asarray(w0, dtype=float), float(b0))
    for perm in np.asarray(order):
        for start in range(0, n, batch_size):
            rows = perm[start:start + batch_size]
            A = Xa[rows]
            gradient = 2.0 * A.T @ (A @ theta - y[rows]) / len(rows)
            theta = theta - lr * gradient
    return theta[:d], float(theta[d])
