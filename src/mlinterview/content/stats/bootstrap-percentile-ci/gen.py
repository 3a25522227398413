"""Seeded data and resample indices of realistic sizes."""
import numpy as np


def generate():
    rng = np.random.default_rng(9001)
    for name, n, B, stat, conf, dist in [
        ("normal-mean", 200, 2000, "mean", 0.95, "normal"),
        ("skewed-mean", 500, 4000, "mean", 0.95, "lognormal"),
        ("skewed-median", 301, 3000, "median", 0.9, "lognormal"),
        ("even-median-seeded", 400, 2500, "median", 0.95, "exponential"),
        ("large", 2000, 2000, "mean", 0.99, "normal"),
        ("many-resamples", 100, 10000, "median", 0.8, "integers"),
    ]:
        if dist == "normal":
            x = rng.normal(5.0, 2.0, n)
        elif dist == "lognormal":
            x = rng.lognormal(0.0, 1.0, n)
        elif dist == "exponential":
            x = rng.exponential(3.0, n)
        else:
            x = rng.integers(0, 10, n).astype(float)
        yield name, [x, rng.integers(0, n, size=(B, n)), conf, stat]
