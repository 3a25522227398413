# Wrong: one-sided (forward) differences (L(w + h e_j) - L(w)) / h, whose error is O(h) instead
# of O(h^2); the numerical gradient is off by about h * L''/2.
import numpy as np


def _loss(X, y, w, lam):
    return np.logaddexp(0.0, -y * (X @ w)).mean() + 0.5 * lam * w @ w


def gradient_check(X, y, w, lam, analytic_grad, h):
    X, y, w = (np.asarray(v, dtype=float) for v in (X, y, w))
    a = np.asarray(analytic_grad, dtype=float)
    base = _loss(X, y, w, lam)
    g = np.array([(_loss(X, y, w + h * e, lam) - base) / h for e in np.eye(len(w))])
    scale = np.maximum(np.abs(a), np.abs(g))
    rel = np.divide(np.abs(a - g), scale, out=np.zeros_like(scale), where=scale > 0)
    return g, float(rel.max())
