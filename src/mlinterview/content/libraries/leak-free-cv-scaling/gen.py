"""Seeded hidden cases for leak-free-cv-scaling: few rows, many mostly-noise columns on very
different scales, a handful of weakly informative ones. That is where selecting on all rows
picks other columns than a fold's training rows would."""

import numpy as np


def data(rng, n, d, informative, strength=0.8):
    y = np.array([0, 1] * (n // 2) + [0] * (n % 2))
    rng.shuffle(y)
    X = rng.normal(size=(n, d))
    cols = rng.choice(d, size=informative, replace=False)
    X[:, cols] += strength * (2 * y[:, None] - 1) * rng.uniform(0.3, 1.0, size=informative)
    X = X * rng.uniform(0.1, 100.0, size=d) + rng.uniform(-500, 500, size=d)
    return np.round(X, 4), y


def generate():
    rng = np.random.default_rng(1102)
    for n, d, informative, k, folds in [(40, 20, 2, 3, 3), (60, 30, 3, 5, 4), (120, 40, 4, 10, 5), (30, 12, 1, 1, 3)]:
        X, y = data(rng, n, d, informative)
        yield f"noise-{n}x{d}-k{k}-{folds}folds", [X, y, k, folds]
    X, y = data(rng, 50, 6, 2)
    yield "keep-every-column", [X, y, 6, 3]
