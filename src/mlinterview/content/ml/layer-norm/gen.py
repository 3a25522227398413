"""Seeded hidden cases for layer-norm: 2-D and 3-D inputs, several feature sizes and scales."""
import numpy as np


def _case(rng, shape, eps=1e-5, scale=1.0, offset=0.0):
    d = shape[-1]
    x = offset + scale * rng.normal(size=shape) * rng.uniform(0.2, 3.0, size=shape[:-1] + (1,))
    return [x, rng.normal(size=d), rng.normal(size=d), eps, rng.normal(size=shape)]


def generate():
    rng = np.random.default_rng(7878)
    for shape in [(1, 2), (4, 3), (16, 8), (2, 5, 16), (8, 12, 64), (32, 512)]:
        yield f"shape-{'x'.join(map(str, shape))}", _case(rng, shape)
    yield "offset-1e4", _case(rng, (20, 10), offset=1e4)
    yield "tiny-scale-vs-eps", _case(rng, (10, 32), scale=1e-3, eps=1e-5)
    yield "large-8x128x768", _case(rng, (8, 128, 768))
    yield "widest-244x4096", _case(rng, (244, 4096))  # d at its maximum, 999,424 entries
