"""Gradient check one coordinate at a time: nudge a copy of w up and down, evaluate the
regularised logistic loss with log1p, and compare."""

import numpy as np


def loss(X, y, w, lam):
    z = y * (X @ w)
    # log(1 + e^-z) = max(-z, 0) + log1p(e^-|z|): never exponentiates a large positive number
    return float(np.mean(np.maximum(-z, 0.0) + np.log1p(np.exp(-np.abs(z)))) + lam / 2 * (w @ w))


def gradient_check(X, y, w, lam, analytic_grad, h):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    base = np.array(w, dtype=float)
    numerical = np.zeros(len(base))
    for j in range(len(base)):
        up = base.copy()
        up[j] += h
        down = base.copy()
        down[j] -= h
        numerical[j] = (loss(X, y, up, lam) - loss(X, y, down, lam)) / (2 * h)
    worst = 0.0
    for a, b in zip(np.asarray(analytic_grad, dtype=float), numerical):
        denom = max(abs(a), abs(b))
        if denom > 0:
            worst = max(worst, abs(a - b) / denom)
    return numerical, worst
