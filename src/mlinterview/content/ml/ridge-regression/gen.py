"""Seeded hidden cases: tall and wide data, strengths from tiny to huge, a constant feature."""
import numpy as np


def _case(rng, n, d, alpha, constant=False):
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3.0, size=d) + rng.normal(size=d) * 2
    y = X @ rng.normal(size=d) + 3 * rng.normal() + 0.5 * rng.normal(size=n)
    if constant:
        X[:, rng.integers(d)] = 4.0
    return [X, y, float(alpha)]


def generate():
    rng = np.random.default_rng(4103)
    plan = [(5, 2, 0.1, False), (20, 3, 1.0, False), (100, 10, 5.0, True), (300, 20, 0.01, False),
            (2000, 15, 50.0, False), (10, 40, 1.0, False), (50, 200, 3.0, True),
            (500, 8, 1e5, False), (1, 3, 2.0, False)]
    for n, d, alpha, constant in plan:
        yield f"random-{n}x{d}-alpha-{alpha:g}", _case(rng, n, d, alpha, constant)
    # The stated maxima: 2000 samples, 200 features.
    yield "max-2000x200-alpha-0.5", _case(rng, 2000, 200, 0.5, True)
