# Wrong: `Xc.T @ Xc + alpha` broadcasts the scalar onto every entry of the matrix instead of
# adding alpha * I to the diagonal.
import numpy as np


def ridge_regression(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.solve(Xc.T @ Xc + alpha, Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)
