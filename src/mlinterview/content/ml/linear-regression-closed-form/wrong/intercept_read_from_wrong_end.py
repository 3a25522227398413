# Wrong: the column of ones is appended at the end, but the intercept is read from the front,
# so the first weight and the intercept are mixed up.
import numpy as np


def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.linalg.solve(A.T @ A, A.T @ y)
    return theta[1:], float(theta[0])
