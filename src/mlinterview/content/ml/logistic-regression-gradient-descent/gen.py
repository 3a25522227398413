"""Seeded hidden cases: overlapping classes (no perfect separation), with and without L2."""
import numpy as np


def _case(rng, n, d, lr, iters, l2, scale=1.0):
    X = rng.normal(size=(n, d)) * scale
    logits = X @ rng.normal(size=d) / scale + 0.5 * rng.normal()
    y = (rng.random(n) < 1.0 / (1.0 + np.exp(-logits))).astype(float)
    return [X, y, rng.normal(size=d) * 0.1, 0.0, float(lr), iters, float(l2)]


def generate():
    rng = np.random.default_rng(4105)
    plan = [(4, 1, 0.5, 10, 0.0), (20, 2, 1.0, 50, 0.1), (100, 3, 0.5, 200, 0.01),
            (300, 5, 1.0, 500, 0.0), (1000, 10, 0.3, 300, 0.05), (2000, 20, 0.5, 200, 0.001),
            (50, 8, 2.0, 100, 1.0), (500, 4, 1.0, 1000, 0.0),
            (2000, 20, 0.5, 1000, 0.01)]  # the last: every stated maximum
    for n, d, lr, iters, l2 in plan:
        yield f"random-{n}x{d}-{iters}-steps-l2-{l2:g}", _case(rng, n, d, lr, iters, l2)
    # Large feature values: logits in the hundreds, where log(sigmoid) underflows if computed naively.
    yield "large-logits-200x3", _case(rng, 200, 3, 1e-5, 20, 0.0, scale=300.0)
