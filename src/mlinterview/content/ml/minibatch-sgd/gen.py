"""Seeded hidden cases for minibatch-sgd: several sizes, batch sizes and epoch counts."""
import numpy as np


def _case(rng, n, d, epochs, batch_size, lr, noise=0.1):
    X = rng.normal(size=(n, d))
    w_true = rng.normal(size=d)
    y = X @ w_true + 0.5 + noise * rng.normal(size=n)
    order = np.stack([rng.permutation(n) for _ in range(epochs)])
    return [X, y, 0.1 * rng.normal(size=d), 0.0, lr, batch_size, order]


def generate():
    rng = np.random.default_rng(4114)
    yield "full-batch-seeded", _case(rng, 20, 3, 10, 20, 0.1)
    yield "uneven-batches", _case(rng, 23, 4, 5, 5, 0.05)
    yield "batch-of-one-seeded", _case(rng, 15, 2, 3, 1, 0.02)
    yield "many-epochs", _case(rng, 60, 5, 50, 8, 0.05)
    yield "one-dimension", _case(rng, 30, 1, 4, 7, 0.1)
    yield "wide", _case(rng, 40, 50, 10, 10, 0.01)
    yield "noisy-targets", _case(rng, 100, 6, 8, 16, 0.02, noise=3.0)
    yield "large", _case(rng, 2000, 50, 20, 64, 0.01)
    # The stated maxima: 20,000 updates of one sample each, and 50 full-batch epochs.
    yield "max-updates-2000x50-batch-1", _case(rng, 2000, 50, 10, 1, 0.001)
    yield "max-epochs-2000x50-full-batch", _case(rng, 2000, 50, 50, 2000, 0.05)
