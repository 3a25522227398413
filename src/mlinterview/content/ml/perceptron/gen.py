"""Seeded hidden cases: separable and noisy data with small integer (exactly summable) features."""
import numpy as np


def _case(rng, n, d, epochs, noise, lo=-6, hi=6):
    X = rng.integers(lo, hi + 1, size=(n, d)).astype(float)
    w = rng.normal(size=d)
    margin = X @ w + rng.normal() + rng.normal(size=n) * noise
    y = np.where(margin > 0, 1, -1)
    return [X, y.astype(np.int64), epochs]


def generate():
    rng = np.random.default_rng(4115)
    plan = [(4, 1, 3, 0.0), (10, 2, 5, 0.0), (30, 2, 10, 1.0), (100, 3, 20, 0.0),
            (300, 5, 10, 2.0), (1000, 10, 5, 0.0), (2000, 8, 3, 1.0), (200, 4, 50, 0.5)]
    for n, d, epochs, noise in plan:
        kind = "separable" if noise == 0 else "noisy"
        yield f"{kind}-{n}x{d}-{epochs}-epochs", _case(rng, n, d, epochs, noise)
    # Eighths are exact in binary too, so sums stay exact and every mistake test is unambiguous.
    X, y, _ = _case(rng, 150, 3, 15, 0.3, -40, 40)
    yield "eighths-150x3", [X / 8, y, 15]
    # The stated maxima, not separable: 2000 points in 10 dimensions, 200 epochs of mistakes.
    yield "max-noisy-2000x10-200-epochs", _case(rng, 2000, 10, 200, 1.0)
