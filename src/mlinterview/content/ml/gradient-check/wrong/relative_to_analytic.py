# Wrong: divides by |analytic| only instead of max(|analytic|, |numerical|), which inflates the
# error when the analytic gradient is too small (and divides by zero when it is 0).
import numpy as np


def _loss(X, y, w, lam):
    return np.logaddexp(0.0, -y * (X @ w)).mean() + 0.5 * lam * w @ w


def gradient_check(X, y, w, lam, analytic_grad, h):
    X, y, w = (np.asarray(v, dtype=float) for v in (X, y, w))
    a = np.asarray(analytic_grad, dtype=float)
    g = np.array([(_loss(X, y, w + h * e, lam) - _loss(X, y, w - h * e, lam)) / (2 * h)
                  for e in np.eye(len(w))])
    rel = np.divide(np.abs(a - g), np.abs(a), out=np.zeros_like(a), where=a != 0)
    return g, float(rel.max())
