"""Seeded hidden cases: noisy linear data, random starts, step sizes safely below 2 / L."""
import numpy as np


def _case(rng, n, d, iters, fraction):
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, size=d)
    y = X @ rng.normal(size=d) + rng.normal() + 0.3 * rng.normal(size=n)
    # The loss is L-smooth with L = largest eigenvalue of [1 X]^T [1 X] / n; stay below 2 / L.
    A = np.hstack([np.ones((n, 1)), X])
    smooth = np.linalg.eigvalsh(A.T @ A / n).max()
    lr = float(fraction * 2.0 / smooth)
    return [X, y, rng.normal(size=d), float(rng.normal()), lr, iters]


def generate():
    rng = np.random.default_rng(4102)
    plan = [(3, 1, 5, 0.4), (10, 2, 50, 0.5), (50, 3, 200, 0.45), (200, 5, 100, 0.3),
            (1000, 10, 300, 0.4), (2000, 20, 150, 0.45), (500, 4, 1000, 0.49), (64, 8, 1, 0.2),
            (2000, 20, 2000, 0.45)]  # the last: every stated maximum
    for n, d, iters, fraction in plan:
        yield f"random-{n}x{d}-{iters}-steps", _case(rng, n, d, iters, fraction)
