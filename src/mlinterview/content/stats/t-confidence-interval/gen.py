"""Larger seeded samples: normal, skewed and offset data."""
import numpy as np


def generate():
    rng = np.random.default_rng(77)
    yield "large-normal", [rng.normal(10, 3, 5000), 1.960438]
    yield "million-exponential", [rng.exponential(2.0, 1000000), 1.959966]
    yield "skewed-40", [rng.exponential(2.0, 40), 2.022690901]
    yield "offset-timestamps", [1.7e9 + rng.normal(0, 0.01, 200), 1.971956544]
    yield "lognormal-100", [rng.lognormal(0, 1.5, 100), 1.984216952]
