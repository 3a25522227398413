"""Seeded hidden cases for bug-eval-mode-dropout-batchnorm: separable classes, trained a few steps."""
import numpy as np


def _blobs(rng, n, d, classes, centers):
    y = rng.integers(0, classes, size=n)
    X = centers[y] + 0.7 * rng.normal(size=(n, d))
    return np.round(X, 4).tolist(), y.tolist()


def _case(rng, n, m, d, classes, seed, steps, was_training):
    centers = 2.0 * rng.normal(size=(classes, d))
    X_train, y_train = _blobs(rng, n, d, classes, centers)
    X_val, y_val = _blobs(rng, m, d, classes, centers)
    return [X_train, y_train, X_val, y_val, classes, seed, steps, was_training]


def generate():
    rng = np.random.default_rng(4421)
    yield "largest-four-classes", _case(rng, 32, 32, 5, 4, 7, 5, True)
    yield "largest-in-eval-mode", _case(rng, 32, 32, 5, 4, 8, 5, False)
    yield "three-classes", _case(rng, 20, 12, 3, 3, 9, 3, True)
