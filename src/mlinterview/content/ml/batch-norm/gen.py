"""Seeded hidden cases for batch-norm: batches of several shapes, scales and momenta."""
import numpy as np


def _case(rng, n, d, momentum, eps=1e-5, scale=1.0, offset=0.0):
    x = offset + scale * rng.normal(size=(n, d)) * rng.uniform(0.1, 5.0, size=d)
    return [x, rng.normal(size=d), rng.normal(size=d), rng.normal(size=d), rng.uniform(0.5, 2.0, size=d),
            momentum, eps, rng.normal(size=(n, d))]


def generate():
    rng = np.random.default_rng(6767)
    for n, d, m in [(2, 3, 0.1), (3, 1, 0.1), (8, 4, 0.01), (32, 16, 0.1), (64, 8, 0.5), (128, 64, 0.1)]:
        yield f"batch-{n}x{d}-m{m}", _case(rng, n, d, m)
    yield "offset-1e4", _case(rng, 50, 5, 0.1, offset=1e4)
    yield "tiny-variance-vs-eps", _case(rng, 40, 6, 0.1, scale=1e-4, eps=1e-5)
    yield "large-4096x240", _case(rng, 4096, 240, 0.1)
    yield "wide-976x1024", _case(rng, 976, 1024, 0.1)  # d at its maximum, n * d just under 10^6
