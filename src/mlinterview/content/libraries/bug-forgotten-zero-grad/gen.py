"""Seeded hidden cases for bug-forgotten-zero-grad: mini-batch regressions with and without momentum."""
import numpy as np


def _case(rng, n, d, k, lr, momentum, epochs, batch_size):
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=(d, k)) + 0.2 * rng.normal(size=(n, k))
    W0 = 0.1 * rng.normal(size=(k, d))
    r = lambda a: np.round(a, 4).tolist()  # noqa: E731
    return [r(X), r(y), r(W0), [0.0] * k, lr, momentum, epochs, batch_size]


def generate():
    rng = np.random.default_rng(9001)
    yield "largest-full-batch", _case(rng, 32, 4, 2, 0.1, 0.9, 5, 32)
    yield "momentum-mini-batches", _case(rng, 30, 3, 1, 0.05, 0.5, 2, 8)
    yield "plain-sgd-many-steps", _case(rng, 20, 2, 2, 0.02, 0.0, 5, 5)
