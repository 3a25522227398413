# Wrong: correlates feature j with the full residual, which still contains feature j's own
# contribution; the partial residual must add x_j * w_j back before thresholding.
import numpy as np


def lasso_coordinate_descent(X, y, alpha, n_sweeps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    z = (Xc ** 2).sum(axis=0) / n
    w = np.zeros(d)
    r = yc.copy()
    for _ in range(n_sweeps):
        for j in range(d):
            if z[j] == 0.0:
                continue
            rho = Xc[:, j] @ r / n
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= Xc[:, j] * (new - w[j])
            w[j] = new
    return w, float(y_mean - x_mean @ w)
