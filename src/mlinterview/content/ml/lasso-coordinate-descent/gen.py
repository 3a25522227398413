"""Seeded hidden cases: sparse true weights, strengths from weak to strong, wide data."""
import numpy as np


def _case(rng, n, d, alpha, sweeps, constant=False):
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, size=d) + rng.normal(size=d)
    true_w = rng.normal(size=d) * (rng.random(d) < 0.4) * 3
    y = X @ true_w + rng.normal() + 0.5 * rng.normal(size=n)
    if constant:
        X[:, 0] = 2.0
    return [X, y, float(alpha), sweeps]


def generate():
    rng = np.random.default_rng(4104)
    plan = [(10, 2, 0.1, 1, False), (30, 5, 0.05, 10, False), (100, 10, 0.2, 25, True),
            (200, 20, 0.01, 50, False), (40, 80, 0.1, 30, False), (1000, 30, 0.5, 20, False),
            (500, 12, 5.0, 5, False), (60, 6, 0.001, 200, True), (300, 50, 0.03, 40, False),
            (1000, 80, 0.05, 300, False)]  # the last: every stated maximum
    for n, d, alpha, sweeps, constant in plan:
        yield f"random-{n}x{d}-alpha-{alpha:g}-{sweeps}-sweeps", _case(rng, n, d, alpha, sweeps, constant)
