"""Seeded hidden cases for rmsprop: badly scaled features, several alphas and eps values."""
import numpy as np


def _problem(rng, n, d, scales):
    X = rng.normal(size=(n, d)) * scales
    y = X @ rng.normal(size=d) + 0.1 * rng.normal(size=n)
    return X, y


def generate():
    rng = np.random.default_rng(4116)
    specs = [("small", 20, 3, 1.0, 0.01, 0.99, 1e-8, 50),
             ("badly-scaled", 100, 4, np.array([100.0, 1.0, 0.1, 0.01]), 0.01, 0.9, 1e-8, 40),
             ("large-eps-seeded", 50, 3, 0.1, 0.05, 0.95, 0.1, 60),
             ("short-memory", 40, 5, 1.0, 0.001, 0.5, 1e-8, 40),
             ("long-run", 200, 10, 1.0, 0.002, 0.99, 1e-6, 400),
             ("slow-decay", 60, 3, 1.0, 0.005, 0.999, 1e-8, 150),
             ("single-feature", 50, 1, 3.0, 0.02, 0.9, 1e-8, 80),
             ("large", 2000, 50, 1.0, 0.001, 0.99, 1e-8, 500)]
    for name, n, d, scales, lr, alpha, eps, steps in specs:
        X, y = _problem(rng, n, d, scales)
        yield name, [X, y, 0.1 * rng.normal(size=d), lr, alpha, eps, steps]
