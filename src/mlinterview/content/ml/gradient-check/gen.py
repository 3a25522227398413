"""Seeded hidden cases for gradient-check: correct gradients and typical derivation bugs."""
import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _true_grad(X, y, w, lam):
    z = y * (X @ w)
    # d/dw log(1 + exp(-z)) = -y x sigmoid(-z)
    return -(X * (y * _sigmoid(-z))[:, None]).mean(axis=0) + lam * w


def _data(rng, n, d, scale=1.0):
    X = rng.normal(size=(n, d))
    w = scale * rng.normal(size=d)
    y = np.where(rng.random(n) < _sigmoid(X @ w), 1.0, -1.0)
    return X, y, w


def generate():
    rng = np.random.default_rng(4118)
    X, y, w = _data(rng, 50, 5)
    yield "correct-gradient-seeded", [X, y, w, 0.1, _true_grad(X, y, w, 0.1), 1e-5]
    X, y, w = _data(rng, 80, 4)
    yield "forgot-regulariser", [X, y, w, 0.5, _true_grad(X, y, w, 0.0), 1e-5]
    X, y, w = _data(rng, 60, 6)
    yield "flipped-sign", [X, y, w, 0.01, -_true_grad(X, y, w, 0.01), 1e-5]
    X, y, w = _data(rng, 40, 3)
    g = _true_grad(X, y, w, 0.2)
    g[1] *= 2.0
    yield "one-coordinate-doubled", [X, y, w, 0.2, g, 1e-5]
    X, y, w = _data(rng, 100, 8)
    yield "sum-instead-of-mean", [X, y, w, 0.0, _true_grad(X, y, w, 0.0) * 100, 1e-5]
    X, y, w = _data(rng, 30, 4, scale=60.0)
    yield "extreme-margins", [X, y, w, 0.01, _true_grad(X, y, w, 0.01), 1e-5]
    X, y, w = _data(rng, 200, 10)
    yield "larger-step", [X, y, w, 0.05, _true_grad(X, y, w, 0.05), 1e-3]
    X, y, w = _data(rng, 2000, 50)
    yield "large-correct", [X, y, w, 0.01, _true_grad(X, y, w, 0.01), 1e-5]
    X, y, w = _data(rng, 2000, 50)
    yield "large-forgot-regulariser", [X, y, w, 0.3, _true_grad(X, y, w, 0.0), 1e-5]
