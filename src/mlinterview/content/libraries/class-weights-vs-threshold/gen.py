"""Seeded hidden cases for class-weights-vs-threshold: rare positives (5-20%) that overlap the
negatives, split into training, validation and test rows."""

import numpy as np


def data(rng, n, d, rate, shift):
    y = (rng.uniform(size=n) < rate).astype(int)
    y[:2] = 1  # every split below keeps positives
    y = rng.permutation(y)
    w = rng.normal(size=d)
    w /= np.linalg.norm(w)
    X = rng.normal(size=(n, d)) + shift * y[:, None] * w
    return np.round(X, 4), y


def generate():
    rng = np.random.default_rng(1108)
    for ntr, nva, nte, d, rate, shift, target in [
        (300, 150, 150, 5, 0.1, 1.5, 0.9),
        (200, 100, 100, 3, 0.2, 1.2, 0.75),
        (300, 150, 150, 2, 0.08, 2.0, 1.0),
        (150, 80, 80, 4, 0.15, 1.0, 0.5),
    ]:
        while True:
            X, y = data(rng, ntr + nva + nte, d, rate, shift)
            if y[:ntr].sum() >= 2 and y[ntr:ntr + nva].sum() >= 2 and y[ntr + nva:].sum() >= 1:
                break
        a, b = ntr, ntr + nva
        yield f"rare-{rate}-{ntr}rows-recall{target}", [X[:a], y[:a], X[a:b], y[a:b], X[b:], y[b:], target]
