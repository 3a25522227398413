"""Seeded hidden cases for classification-metrics: noisy predictors, absent and unpredicted classes."""
import numpy as np


def _noisy(rng, y, n_classes, accuracy):
    wrong = rng.random(len(y)) > accuracy
    y_pred = y.copy()
    y_pred[wrong] = rng.integers(0, n_classes, size=int(wrong.sum()))
    return y_pred


def generate():
    rng = np.random.default_rng(4110)
    for name, n, c, acc in [("binary-seeded", 50, 2, 0.7), ("five-classes", 200, 5, 0.6),
                            ("many-classes", 1000, 30, 0.4), ("large", 100000, 10, 0.8),
                            ("max-100000-rows-50-classes", 100000, 50, 0.5)]:
        y = rng.integers(0, c, size=n)
        yield name, [y, _noisy(rng, y, c, acc), c]
    y = rng.choice(4, size=300, p=[0.85, 0.1, 0.05, 0.0])
    yield "imbalanced-with-absent-class", [y, _noisy(rng, y, 4, 0.8), 4]
    y = rng.integers(0, 3, size=80)
    y_pred = np.where(y == 2, 0, y)          # class 2 is never predicted
    yield "class-never-predicted-seeded", [y, y_pred, 3]
    y = rng.integers(0, 6, size=120)
    yield "constant-predictor", [y, np.full(120, 3), 6]
    y = rng.integers(0, 4, size=60)
    yield "perfect-seeded", [y, y.copy(), 4]
