"""Seeded hidden cases for regression-metrics: good, poor and worse-than-mean models."""
import numpy as np


def generate():
    rng = np.random.default_rng(4113)
    for name, n, noise, bias in [("good-fit", 100, 0.1, 0.0), ("noisy", 500, 2.0, 0.0),
                                 ("biased", 200, 0.5, 3.0), ("worse-than-mean-seeded", 80, 5.0, 0.0),
                                 ("large", 1000000, 1.0, 0.2)]:
        y = rng.normal(size=n) * 2.0 + 10.0
        yield name, [y, y + bias + noise * rng.normal(size=n)]
    y = rng.normal(size=50)
    yield "mean-predictor-seeded", [y, np.full(50, y.mean())]
    y = rng.uniform(-1e6, 1e6, size=300)
    yield "large-magnitudes", [y, y + rng.normal(scale=1e4, size=300)]
    yield "constant-target", [np.full(40, 4.2), rng.normal(size=40)]
