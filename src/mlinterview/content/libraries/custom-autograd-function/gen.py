"""Seeded hidden cases for custom-autograd-function: values on both sides of the kinks."""
import numpy as np


def _case(rng, shape, alpha, with_kinks=True):
    x = rng.uniform(-5, 5, size=shape).round(3)
    if with_kinks:
        flat = x.reshape(-1)
        flat[: min(4, flat.size)] = [-1.0, 1.0, -1.0, 1.0][: min(4, flat.size)]
        rng.shuffle(flat)
        x = flat.reshape(shape)
    g = rng.uniform(-5, 5, size=shape).round(3)
    return [x.tolist(), alpha, g.tolist()]


def generate():
    rng = np.random.default_rng(5511)
    yield "matrix", _case(rng, (4, 6), 0.2)
    yield "largest", _case(rng, (16, 16), 0.05)
    yield "slope-one", _case(rng, (3, 5), 1.0)
    yield "flat-outside", _case(rng, (5, 4), 0.0)
    yield "vector-no-kinks", _case(rng, (16,), 0.3, with_kinks=False)
