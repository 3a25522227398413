"""Seeded hidden cases for randomized-search-distributions: classification data where depth,
leaf size and feature subsampling matter (an interaction plus noise columns)."""

import numpy as np


def data(rng, n, d):
    X = rng.normal(size=(n, d))
    y = ((X[:, 0] * X[:, 1] > 0) ^ (rng.uniform(size=n) < 0.15)).astype(int)
    return np.round(X, 4), y


def generate():
    rng = np.random.default_rng(1110)
    for n, d, n_iter, seed in [(150, 6, 8, 0), (90, 4, 5, 31337), (60, 3, 1, 100000), (120, 5, 6, 7)]:
        X, y = data(rng, n, d)
        yield f"xor-{n}x{d}-iter{n_iter}-seed{seed}", [X, y, n_iter, seed]
    X, y = data(rng, 100, 4)
    yield "same-data-other-seed-a", [X, y, 4, 1]
    yield "same-data-other-seed-b", [X, y, 4, 2]
