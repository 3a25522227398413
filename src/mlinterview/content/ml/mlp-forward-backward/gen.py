"""Seeded hidden cases for mlp-forward-backward: random batches and He-scaled weights."""
import numpy as np


def _case(rng, n, d, h, c, weight_scale=1.0, x_scale=1.0):
    X = rng.normal(scale=x_scale, size=(n, d))
    y = rng.integers(0, c, size=n)
    W1 = rng.normal(scale=weight_scale * np.sqrt(2.0 / d), size=(d, h))
    b1 = rng.normal(scale=0.1, size=h)
    W2 = rng.normal(scale=weight_scale * np.sqrt(1.0 / h), size=(h, c))
    b2 = rng.normal(scale=0.1, size=c)
    return [X, y, W1, b1, W2, b2]


def generate():
    rng = np.random.default_rng(2323)
    for n, d, h, c in [(1, 3, 4, 2), (5, 2, 3, 3), (16, 8, 16, 4), (64, 20, 32, 10), (128, 50, 64, 5)]:
        yield f"batch-{n}-d{d}-h{h}-c{c}", _case(rng, n, d, h, c)
    yield "large-weights-saturated-softmax", _case(rng, 32, 10, 20, 6, weight_scale=50.0)
    yield "tiny-inputs", _case(rng, 20, 5, 8, 3, x_scale=1e-6)
    yield "large-2000x300-h300-c50", _case(rng, 2000, 300, 300, 50)
