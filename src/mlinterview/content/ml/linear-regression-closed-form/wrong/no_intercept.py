# Wrong: no column of ones, so the line is forced through the origin and the intercept is
# reported as 0.
import numpy as np


def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.solve(X.T @ X, X.T @ y)
    return w, 0.0
