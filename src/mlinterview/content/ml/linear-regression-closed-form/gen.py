"""Seeded hidden cases: noisy linear data of several shapes, features on mixed scales."""
import numpy as np


def _case(rng, n, d, noise=0.5, scale=1.0):
    X = rng.normal(size=(n, d)) * rng.uniform(0.2, 5.0, size=d) * scale
    w = rng.normal(size=d) * 3
    y = X @ w + rng.normal() * 4 + noise * rng.normal(size=n)
    return [X, y]


def generate():
    rng = np.random.default_rng(4101)
    shapes = [(4, 1), (12, 2), (40, 3), (100, 5), (300, 10), (1000, 20), (2000, 8), (31, 30),
              (2000, 30)]  # the last: every stated maximum
    for n, d in shapes:
        yield f"random-{n}x{d}", _case(rng, n, d)
    yield "noise-free-500x6", _case(rng, 500, 6, noise=0.0)
    yield "large-targets-200x4", [a * b for a, b in zip(_case(rng, 200, 4), (1.0, 5e4))]
