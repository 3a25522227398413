import numpy as np


def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    # A column of ones turns the intercept into one more weight: theta = [b, w_1, ..., w_d].
    A = np.hstack([np.ones((n, 1)), X])
    # Normal equations (A^T A) theta = A^T y. Solving the (d+1) x (d+1) system is cheaper and
    # more accurate than forming the inverse of A^T A.
    theta = np.linalg.solve(A.T @ A, A.T @ y)
    return theta[1:], float(theta[0])
