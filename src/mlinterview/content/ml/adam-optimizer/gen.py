"""Seeded hidden cases for adam-optimizer: several scales, betas and step counts."""
import numpy as np


def _problem(rng, n, d, scales):
    X = rng.normal(size=(n, d)) * scales
    y = X @ rng.normal(size=d) + 0.1 * rng.normal(size=n)
    return X, y


def generate():
    rng = np.random.default_rng(4117)
    specs = [("defaults-small", 20, 3, 1.0, 0.01, 0.9, 0.999, 1e-8, 50),
             ("badly-scaled", 100, 4, np.array([100.0, 1.0, 0.1, 0.01]), 0.01, 0.9, 0.999, 1e-8, 100),
             ("no-momentum-seeded", 40, 3, 1.0, 0.02, 0.0, 0.999, 1e-8, 40),
             ("short-second-moment", 40, 5, 1.0, 0.01, 0.9, 0.9, 1e-8, 60),
             ("large-eps-seeded", 30, 2, 0.1, 0.05, 0.9, 0.999, 0.1, 30),
             ("long-run", 200, 10, 1.0, 0.003, 0.9, 0.999, 1e-8, 1000),
             ("single-feature", 50, 1, 3.0, 0.05, 0.9, 0.999, 1e-8, 80),
             ("large-learning-rate", 60, 4, 1.0, 0.1, 0.9, 0.99, 1e-8, 100),
             ("large", 2000, 50, 1.0, 0.002, 0.9, 0.999, 1e-8, 500),
             ("max-2000x50-2000-steps", 2000, 50, 1.0, 0.001, 0.9, 0.999, 1e-8, 2000)]
    for name, n, d, scales, lr, b1, b2, eps, steps in specs:
        X, y = _problem(rng, n, d, scales)
        yield name, [X, y, 0.1 * rng.normal(size=d), lr, b1, b2, eps, steps]
