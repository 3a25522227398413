"""Seeded hidden cases: continuous clusters (no distance ties), and integer grids full of ties."""
import numpy as np


def _clusters(rng, n, m, d, k, classes):
    centres = rng.normal(size=(classes, d)) * 2
    labels = rng.integers(0, classes, size=n)
    X_train = centres[labels] + rng.normal(size=(n, d))
    X_test = rng.normal(size=(m, d)) * 2.5
    label_values = np.sort(rng.choice(np.arange(-5, 20), size=classes, replace=False))
    return [X_train, label_values[labels], X_test, k]


def _grid(rng, n, m, d, k, classes):
    # Small integer coordinates: many exactly equal distances and many split votes.
    X_train = rng.integers(-3, 4, size=(n, d)).astype(float)
    X_test = rng.integers(-3, 4, size=(m, d)).astype(float)
    return [X_train, rng.integers(0, classes, size=n), X_test, k]


def generate():
    rng = np.random.default_rng(4107)
    yield "clusters-20-train-k1", _clusters(rng, 20, 10, 2, 1, 2)
    yield "clusters-100-train-k5", _clusters(rng, 100, 50, 3, 5, 3)
    yield "clusters-500-train-k7", _clusters(rng, 500, 200, 5, 7, 4)
    yield "clusters-1000-train-k15", _clusters(rng, 1000, 500, 8, 15, 6)
    yield "clusters-k-equals-n", _clusters(rng, 40, 20, 2, 40, 3)
    yield "grid-ties-k2", _grid(rng, 60, 40, 2, 2, 3)
    yield "grid-ties-k4", _grid(rng, 200, 100, 2, 4, 4)
    yield "grid-ties-k6-3d", _grid(rng, 300, 150, 3, 6, 3)
    yield "grid-ties-k10", _grid(rng, 500, 300, 2, 10, 5)
    # The stated maxima: 1000 training and 500 test points in 8 dimensions, and k = n.
    yield "grid-ties-1000x8-k25", _grid(rng, 1000, 500, 8, 25, 5)
    yield "clusters-k-equals-n-1000", _clusters(rng, 1000, 500, 8, 1000, 4)
