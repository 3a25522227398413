"""Seeded hidden cases for gradient-accumulation: several splits of the same effective batch."""
import numpy as np


def _case(rng, n, d, k, lr, micro, accum, epochs):
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=(d, k)) + 0.3 * rng.normal(size=(n, k))
    W0 = 0.1 * rng.normal(size=(k, d))
    r = lambda a: np.round(a, 4).tolist()  # noqa: E731
    return [r(X), r(y), r(W0), [0.0] * k, lr, micro, accum, epochs]


def generate():
    rng = np.random.default_rng(1207)
    yield "largest-micro-batches", _case(rng, 32, 4, 2, 0.1, 16, 2, 4)
    yield "eight-micro-batches-per-step", _case(rng, 32, 3, 1, 0.05, 4, 8, 2)
    yield "small-micro-batches", _case(rng, 24, 2, 2, 0.1, 3, 4, 2)
