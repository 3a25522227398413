"""Seeded hidden cases for custom-classifier-estimator: Gaussian blobs with integer or string
labels, test points both near and far from the class means."""

import numpy as np

NAMES = ["ant", "bee", "cat", "doe"]


def generate():
    rng = np.random.default_rng(1106)
    for n, m, d, k, temp, strings in [(120, 40, 5, 4, 2.0, True), (45, 20, 2, 3, 0.5, False), (80, 30, 3, 2, 100.0, True)]:
        centres = rng.normal(scale=3.0, size=(k, d))
        labels = rng.integers(0, k, size=n + m)
        labels[:k] = np.arange(k)  # every class appears in the training rows
        X = np.round(centres[labels] + rng.normal(size=(n + m, d)), 3)
        if strings:
            y = [NAMES[i] for i in labels[:n]]
        else:
            y = [int(10 * i + 5) for i in labels[:n]]
        yield f"blobs-{n}x{d}-{k}classes-t{temp}", [X[:n], y, X[n:], temp, False]
