# Wrong: computes log(1 + exp(-z)) directly. For a margin of -800, exp(800) overflows to inf,
# the loss is inf on both sides and the difference is nan.
import numpy as np


def _loss(X, y, w, lam):
    with np.errstate(over="ignore"):
        return np.log(1.0 + np.exp(-y * (X @ w))).mean() + 0.5 * lam * w @ w


def gradient_check(X, y, w, lam, analytic_grad, h):
    X, y, w = (np.asarray(v, dtype=float) for v in (X, y, w))
    a = np.asarray(analytic_grad, dtype=float)
    with np.errstate(invalid="ignore"):
        g = np.array([(_loss(X, y, w + h * e, lam) - _loss(X, y, w - h * e, lam)) / (2 * h)
                      for e in np.eye(len(w))])
        scale = np.maximum(np.abs(a), np.abs(g))
        rel = np.divide(np.abs(a - g), scale, out=np.zeros_like(scale), where=scale > 0)
    return g, float(np.max(rel))
