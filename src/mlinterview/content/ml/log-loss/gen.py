"""Seeded hidden cases for log-loss: softmax outputs, hard 0/1 predictions, several eps."""
import numpy as np


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def generate():
    rng = np.random.default_rng(4112)
    for name, n, c, scale in [("binary-seeded", 50, 2, 1.0), ("five-classes", 300, 5, 2.0),
                              ("confident", 200, 3, 20.0), ("many-classes", 1000, 100, 3.0),
                              ("large", 200000, 4, 1.5),
                              # the stated maxima, within n * C <= 10^6
                              ("max-rows-200000x5", 200000, 5, 1.5), ("max-classes-10000x100", 10000, 100, 3.0)]:
        y = rng.integers(0, c, size=n)
        probs = _softmax(rng.normal(scale=scale, size=(n, c)) + 1.5 * np.eye(c)[y])
        yield name, [y, probs, 1e-15]
    y = rng.integers(0, 3, size=40)
    hard = np.eye(3)[rng.integers(0, 3, size=40)]     # one-hot predictions, often wrong
    yield "hard-predictions", [y, hard, 1e-15]
    yield "hard-predictions-large-eps", [y, hard, 1e-3]
    y = rng.integers(0, 2, size=30)
    yield "uniform", [y, np.full((30, 2), 0.5), 1e-7]
