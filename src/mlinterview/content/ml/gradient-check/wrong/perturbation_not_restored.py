# Wrong: perturbs w in place (w[j] += h, then w[j] -= 2h) and never puts w[j] back, so every
# later coordinate is differentiated at a point that has drifted away from w.
import numpy as np


def _loss(X, y, w, lam):
    return np.logaddexp(0.0, -y * (X @ w)).mean() + 0.5 * lam * w @ w


def gradient_check(X, y, w, lam, analytic_grad, h):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.array(w, dtype=float)
    a = np.asarray(analytic_grad, dtype=float)
    g = np.zeros_like(w)
    for j in range(len(w)):
        w[j] += h
        plus = _loss(X, y, w, lam)
        w[j] -= 2 * h
        minus = _loss(X, y, w, lam)
        g[j] = (plus - minus) / (2 * h)
    scale = np.maximum(np.abs(a), np.abs(g))
    rel = np.divide(np.abs(a - g), scale, out=np.zeros_like(scale), where=scale > 0)
    return g, float(rel.max())
