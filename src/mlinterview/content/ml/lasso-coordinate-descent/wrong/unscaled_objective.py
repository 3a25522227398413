# Wrong: minimises 1/2 * ||y - Xw - b||^2 + alpha * ||w||_1 (no 1/n), so the soft threshold
# is effectively alpha / n instead of alpha.
import numpy as np


def lasso_coordinate_descent(X, y, alpha, n_sweeps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    z = (Xc ** 2).sum(axis=0)
    w = np.zeros(d)
    r = yc.copy()
    for _ in range(n_sweeps):
        for j in range(d):
            if z[j] == 0.0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= Xc[:, j] * (new - w[j])
            w[j] = new
    return w, float(y_mean - x_mean @ w)
