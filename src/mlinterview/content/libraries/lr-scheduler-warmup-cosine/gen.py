"""Seeded hidden cases for lr-scheduler-warmup-cosine: sizes, batch sizes and warm-up lengths."""
import numpy as np


def _case(rng, n, d, k, base_lr, min_lr, warmup, epochs, batch_size):
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=(d, k)) + 0.3 * rng.normal(size=(n, k))
    W0 = rng.normal(size=(k, d)) * 0.1
    b0 = np.zeros(k)
    r = lambda a: np.round(a, 4).tolist()  # noqa: E731
    return [r(X), r(y), r(W0), r(b0), base_lr, min_lr, warmup, epochs, batch_size]


def generate():
    rng = np.random.default_rng(5081)
    yield "largest-batch-whole-set", _case(rng, 48, 6, 2, 0.1, 0.001, 2, 6, 48)
    yield "thirty-steps-partial-batches", _case(rng, 48, 6, 2, 0.05, 0.005, 12, 6, 10)
    yield "short-warmup-long-decay", _case(rng, 30, 4, 1, 0.2, 0.01, 1, 4, 5)
    yield "half-warmup", _case(rng, 24, 3, 2, 0.1, 0.02, 12, 3, 3)
