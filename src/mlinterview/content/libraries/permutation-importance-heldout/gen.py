"""Seeded hidden cases for permutation-importance-heldout: a target driven by a few columns,
plus noise columns a fully grown tree still splits on (they look important on training rows)."""

import numpy as np


def data(rng, n, d, informative, noise=0.5):
    X = rng.normal(size=(n, d))
    w = np.zeros(d)
    w[:informative] = rng.uniform(0.5, 3.0, size=informative)
    perm = rng.permutation(d)
    X = X[:, perm]
    w = w[perm]
    y = X @ w + 0.8 * np.sin(2 * X[:, np.argmax(w)]) + noise * rng.normal(size=n)
    return np.round(X, 4), np.round(y, 4)


def generate():
    rng = np.random.default_rng(1111)
    for ntr, nte, d, inf, reps, seed in [
        (200, 100, 6, 2, 10, 0),
        (120, 60, 4, 3, 5, 2024),
        (80, 40, 5, 1, 3, 100000),
        (150, 75, 3, 2, 8, 77),
    ]:
        X, y = data(rng, ntr + nte, d, inf)
        yield f"tree-{ntr}rows-{d}features-{reps}repeats", [X[:ntr], y[:ntr], X[ntr:], y[ntr:], reps, seed]
