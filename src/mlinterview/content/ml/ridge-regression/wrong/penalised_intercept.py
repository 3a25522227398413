# Wrong: adds the column of ones and puts alpha on the whole diagonal, so the intercept is
# shrunk towards 0 along with the weights.
import numpy as np


def ridge_regression(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.hstack([np.ones((X.shape[0], 1)), X])
    theta = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ y)
    return theta[1:], float(theta[0])
