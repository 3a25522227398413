"""Seeded hidden cases for time-series-cv: drifting features (a trend and a random walk) so
that statistics computed on future rows differ from those of the past."""

import numpy as np


def series(rng, n, d):
    t = np.arange(n) / n
    X = np.cumsum(rng.normal(scale=0.3, size=(n, d)), axis=0) + rng.uniform(-2, 2, size=d) * t[:, None] * 5
    w = rng.normal(size=d)
    y = X @ w + 3.0 * t + rng.normal(scale=0.5, size=n)
    return np.round(X, 4), np.round(y, 4)


def generate():
    rng = np.random.default_rng(1104)
    for n, d, k, gap, size in [
        (60, 2, 3, 2, 10),
        (120, 3, 5, 5, None),
        (200, 4, 6, 10, 30),
        (80, 1, 4, 0, 15),
        (150, 4, 2, 3, None),
    ]:
        X, y = series(rng, n, d)
        yield f"walk-{n}rows-{k}folds-gap{gap}-test{size}", [X, y, k, gap, size]
