"""Seeded hidden cases: smooth nonlinear targets with noise, several sizes and rates."""
import numpy as np


def _case(rng, n, m, d, rounds, lr):
    X = rng.normal(size=(n + m, d)) * 1.5
    y = np.sin(X[:, 0]) * 3 + X[:, -1] ** 2 - X[:, 1 % d] + rng.normal(size=n + m) * 0.3
    return [X[:n], y[:n], X[n:], rounds, float(lr)]


def generate():
    rng = np.random.default_rng(4112)
    plan = [(5, 3, 1, 3, 0.5), (20, 10, 2, 10, 0.1), (50, 20, 3, 30, 0.3), (100, 50, 4, 50, 0.1),
            (300, 100, 5, 100, 0.2), (500, 200, 8, 100, 0.05), (1000, 300, 10, 50, 0.5),
            (200, 100, 2, 200, 1.0), (1000, 300, 10, 300, 0.1)]  # the last: every stated maximum
    for n, m, d, rounds, lr in plan:
        yield f"random-{n}x{d}-{rounds}-stumps-lr-{lr:g}", _case(rng, n, m, d, rounds, lr)
