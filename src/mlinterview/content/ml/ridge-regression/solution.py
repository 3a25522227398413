import numpy as np


def ridge_regression(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    d = X.shape[1]
    # The intercept is not penalised. Centring X and y removes it from the problem: the best
    # intercept for any w is mean(y) - mean(X) @ w, so solve for w on centred data first.
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    yc = y - y_mean
    # (Xc^T Xc + alpha I) w = Xc^T yc. With alpha > 0 the matrix is positive definite, so the
    # system has one solution even when n < d or a feature is constant.
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(d), Xc.T @ yc)
    b = y_mean - x_mean @ w
    return w, float(b)
