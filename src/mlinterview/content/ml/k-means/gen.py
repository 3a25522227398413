"""Seeded hidden cases for k-means: Gaussian blobs of several shapes, starts taken from the data."""
import numpy as np


def _blobs(rng, n, d, k, spread=1.0, scale=10.0):
    centers = rng.normal(scale=scale, size=(k, d))
    which = rng.integers(0, k, size=n)
    return centers[which] + spread * rng.normal(size=(n, d))


def _start(rng, X, k):
    # Initial centroids: k distinct data points, as a random-restart run would pick them.
    return X[rng.choice(len(X), size=k, replace=False)].copy()


def generate():
    rng = np.random.default_rng(5151)
    for i, (n, d, k, iters) in enumerate([(12, 2, 3, 50), (40, 1, 4, 50), (60, 3, 5, 2),
                                          (200, 5, 8, 100), (500, 2, 10, 3)]):
        X = _blobs(rng, n, d, k)
        yield f"blobs-{n}x{d}-k{k}-iters{iters}", [X, _start(rng, X, k), iters]
    X = rng.uniform(-1, 1, size=(300, 2))  # no cluster structure: slow, wandering convergence
    yield "uniform-square", [X, _start(rng, X, 6), 300]
    X = _blobs(rng, 100, 4, 3)
    far = np.vstack([X[:2], [[1e3] * 4]])  # one start far away: that cluster stays empty
    yield "far-start-empty", [X, far, 30]
    X = _blobs(rng, 400, 3, 4, spread=0.5, scale=1e4)
    yield "large-scale-coordinates", [X, _start(rng, X, 4), 100]
    X = _blobs(rng, 3000, 10, 20)
    yield "large-3000x10-k20", [X, _start(rng, X, 20), 100]
    X = _blobs(rng, 5000, 20, 30)
    yield "max-5000x20-k30-iters300", [X, _start(rng, X, 30), 300]  # every stated maximum
