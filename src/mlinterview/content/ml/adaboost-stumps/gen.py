"""Seeded hidden cases: noisy boundaries with continuous or integer-valued features; the last
one is every stated maximum at once."""
import numpy as np


def _case(rng, n, m, d, rounds, integer=False):
    X = rng.normal(size=(n + m, d)) * 2
    if integer:
        X = np.round(X)
    margin = np.sin(X[:, 0]) + 0.5 * X[:, -1] - 0.3 * X[:, 1 % d] ** 2 / 2 + rng.normal(size=n + m) * 0.4
    y = np.where(margin > 0, 1, -1)
    X_test = X[n:] + (0.0 if integer else 0.011)
    return [X[:n], y[:n].astype(np.int64), X_test, rounds]


def generate():
    rng = np.random.default_rng(4113)
    plan = [(6, 3, 1, 2, False), (20, 10, 2, 5, False), (50, 20, 2, 10, True), (100, 50, 3, 20, False),
            (200, 100, 4, 30, True), (300, 150, 5, 40, False), (150, 50, 3, 50, False),
            (300, 100, 6, 25, True), (300, 150, 6, 50, False)]
    for n, m, d, rounds, integer in plan:
        kind = "integer" if integer else "continuous"
        yield f"{kind}-{n}x{d}-{rounds}-rounds", _case(rng, n, m, d, rounds, integer)
