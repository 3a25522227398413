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
    # The stated maxima: 2000 samples, 50 features, 2000 steps. Every weight starts at least 1
    # away from its optimum and can move at most lr * steps = 0.5, so none reaches it: near an
    # optimum RMSprop's normalised steps hover at the edge of stability, where they amplify
    # rounding differences between equally correct solutions.
    X = rng.normal(size=(2000, 50))
    w0 = 0.1 * rng.normal(size=50)
    w_true = w0 + rng.choice([-1.0, 1.0], size=50) * rng.uniform(1.0, 3.0, size=50)
    y = X @ w_true + 0.1 * rng.normal(size=2000)
    yield "max-2000x50-2000-steps", [X, y, w0, 2.5e-4, 0.99, 1e-8, 2000]
