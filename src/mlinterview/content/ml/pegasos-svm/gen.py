"""Seeded hidden cases: noisy linearly separable-ish data, random visiting orders."""
import numpy as np


def _case(rng, n, d, lam, epochs):
    X = rng.normal(size=(n, d))
    y = np.where(X @ rng.normal(size=d) + rng.normal(size=n) * 0.5 > 0, 1, -1)
    order = np.concatenate([rng.permutation(n) for _ in range(epochs)])
    return [X, y.astype(np.int64), float(lam), order.astype(np.int64)]


def generate():
    rng = np.random.default_rng(4114)
    plan = [(5, 2, 0.5, 1), (20, 2, 0.1, 3), (50, 3, 0.01, 5), (100, 5, 0.05, 10),
            (500, 10, 0.001, 4), (1000, 20, 0.01, 5), (200, 4, 2.0, 20), (2000, 8, 0.1, 2)]
    for n, d, lam, epochs in plan:
        yield f"random-{n}x{d}-lambda-{lam:g}-{epochs}-epochs", _case(rng, n, d, lam, epochs)
    # Sampling with replacement (the original Pegasos), not epochs of permutations.
    X, y, lam, _ = _case(rng, 300, 6, 0.02, 1)
    yield "with-replacement-300x6", [X, y, lam, rng.integers(0, 300, size=3000).astype(np.int64)]
    # The stated maxima: 2000 points in 20 dimensions, 10,000 steps.
    yield "max-2000x20-10000-steps", _case(rng, 2000, 20, 0.01, 5)
