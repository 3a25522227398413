"""Lasso by coordinate descent with covariance updates: after centring, every coordinate step
needs only the Gram matrix X^T X / n and X^T y / n, never the n residuals."""

import numpy as np


def lasso_coordinate_descent(X, y, alpha, n_sweeps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    mx = X.sum(axis=0) / n
    my = y.sum() / n
    Xc = X - mx
    G = Xc.T @ Xc / n
    c = Xc.T @ (y - my) / n
    w = np.zeros(d)
    for _ in range(n_sweeps):
        for j in range(d):
            curvature = G[j, j]
            if curvature == 0.0:
                continue
            # correlation of feature j with the residual that leaves out feature j itself
            rho = c[j] - G[j] @ w + curvature * w[j]
            if rho > alpha:
                w[j] = (rho - alpha) / curvature
            elif rho < -alpha:
                w[j] = (rho + alpha) / curvature
            else:
                w[j] = 0.0
    return w, float(my - mx @ w)
