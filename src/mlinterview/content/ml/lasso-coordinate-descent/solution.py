import numpy as np


def lasso_coordinate_descent(X, y, alpha, n_sweeps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    # The intercept is not penalised: centre, fit w, then recover b at the end.
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    yc = y - y_mean
    z = (Xc ** 2).sum(axis=0) / n  # curvature of the objective along each coordinate
    w = np.zeros(d)
    residual = yc.copy()  # yc - Xc @ w, kept up to date after every coordinate
    for _ in range(n_sweeps):
        for j in range(d):
            if z[j] == 0.0:
                continue  # a constant feature: its weight stays 0 (and we avoid 0 / 0)
            # Correlation of feature j with the residual that ignores feature j's own part.
            rho = Xc[:, j] @ residual / n + z[j] * w[j]
            # Soft-thresholding: shrink towards 0 by alpha, and snap to exactly 0 inside.
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            residual -= Xc[:, j] * (new - w[j])
            w[j] = new
    b = y_mean - x_mean @ w
    return w, float(b)
