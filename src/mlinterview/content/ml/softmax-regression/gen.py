"""Seeded hidden cases: several classes and shapes, plus very large logits."""
import numpy as np


def _case(rng, n, d, k, lr, iters, scale=1.0):
    X = rng.normal(size=(n, d)) * scale
    centres = rng.normal(size=(k, d)) * scale
    y = np.argmin(((X[:, None, :] - centres[None]) ** 2).sum(axis=2) + rng.normal(size=(n, k)) * scale ** 2, axis=1)
    return [X, y.astype(np.int64), rng.normal(size=(d, k)) * 0.1, np.zeros(k), float(lr), iters]


def generate():
    rng = np.random.default_rng(4106)
    plan = [(5, 2, 3, 0.5, 1), (30, 3, 3, 0.5, 20), (100, 4, 5, 1.0, 100), (500, 10, 4, 0.5, 200),
            (1000, 20, 10, 0.3, 100), (2000, 8, 3, 1.0, 50), (50, 2, 2, 2.0, 300), (200, 6, 7, 0.1, 500)]
    for n, d, k, lr, iters in plan:
        yield f"random-{n}x{d}-{k}-classes-{iters}-steps", _case(rng, n, d, k, lr, iters)
    # Logits in the thousands: exp overflows without the max shift.
    yield "large-logits-100x3-4-classes", _case(rng, 100, 3, 4, 1e-6, 5, scale=100.0)
    # The stated maxima together: 2000 samples, 20 features, 10 classes, 500 steps.
    yield "max-2000x20-10-classes-500-steps", _case(rng, 2000, 20, 10, 0.5, 500)
