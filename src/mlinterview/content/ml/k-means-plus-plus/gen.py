"""Seeded hidden cases for k-means++: blobs, uniform clouds and outliers with random draws."""
import numpy as np


def _blobs(rng, n, d, k, spread=1.0, scale=10.0):
    centers = rng.normal(scale=scale, size=(k, d))
    return centers[rng.integers(0, k, size=n)] + spread * rng.normal(size=(n, d))


def generate():
    rng = np.random.default_rng(6262)
    for n, d, k in [(10, 2, 3), (50, 1, 5), (100, 3, 8), (300, 5, 10), (1000, 2, 20)]:
        yield f"blobs-{n}x{d}-k{k}", [_blobs(rng, n, d, k), k, rng.random(k)]
    X = rng.uniform(-1, 1, size=(500, 4))
    yield "uniform-cloud", [X, 12, rng.random(12)]
    X = np.vstack([rng.normal(size=(200, 2)), [[500.0, 500.0], [-400.0, 300.0]]])
    yield "outliers", [X, 6, rng.random(6)]
    X = np.repeat(_blobs(rng, 40, 3, 4), 5, axis=0)  # every point five times
    yield "many-duplicates", [X, 10, rng.random(10)]
    yield "large-10000x30-k50", [_blobs(rng, 10000, 30, 50), 50, rng.random(50)]
