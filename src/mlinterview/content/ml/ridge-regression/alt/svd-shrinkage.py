# Plain and correct, by another algorithm: the SVD of the centred data, Xc = U S V^T, gives the
# ridge weights as V diag(s / (s^2 + alpha)) U^T yc; the intercept restores the means.
import numpy as np


def ridge_regression(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_bar, y_bar = X.mean(axis=0), y.mean()
    U, s, Vt = np.linalg.svd(X - x_bar, full_matrices=False)
    denominator = s * s + alpha
    shrink = np.divide(s, denominator, out=np.zeros_like(s), where=denominator > 0)
    w = Vt.T @ (shrink * (U.T @ (y - y_bar)))
    return w, float(y_bar - x_bar @ w)
