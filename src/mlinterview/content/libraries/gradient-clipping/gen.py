"""Seeded hidden cases for gradient-clipping: noisy regressions with several clipping thresholds."""
import numpy as np


def _case(rng, n, d, k, scale, lr, max_norm, steps):
    X = rng.normal(size=(n, d)) * scale
    y = X @ rng.normal(size=(d, k)) * 2.0 + rng.normal(size=(n, k))
    W0 = rng.normal(size=(k, d)) * 0.1
    b0 = rng.normal(size=k) * 0.1
    r = lambda a: np.round(a, 4).tolist()  # noqa: E731 (short values read well in a case)
    return [r(X), r(y), r(W0), r(b0), lr, max_norm, steps]


def generate():
    rng = np.random.default_rng(2611)
    yield "largest", _case(rng, 64, 8, 4, 1.0, 0.05, 1.0, 30)
    yield "large-inputs-clipped-every-step", _case(rng, 32, 5, 2, 10.0, 0.01, 0.5, 15)
    yield "loose-threshold", _case(rng, 20, 3, 1, 1.0, 0.1, 100.0, 10)
    yield "clipping-stops-midway", _case(rng, 40, 4, 3, 2.0, 0.05, 5.0, 25)
