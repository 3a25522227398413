"""Seeded hidden cases for custom-transformer-check-estimator: heavy-tailed columns (so the
quantiles matter) with test rows beyond the training range."""

import numpy as np


def generate():
    rng = np.random.default_rng(1105)
    for n, m, d, lo, hi in [(100, 50, 6, 0.05, 0.95), (37, 20, 3, 0.1, 0.8), (64, 30, 4, 0.25, 0.75)]:
        X = rng.standard_t(df=2, size=(n + m, d)) * rng.uniform(1, 50, size=d)
        X = np.round(X, 3)
        yield f"heavy-tails-{n}x{d}-q{lo}-{hi}", [X[:n], X[n:], lo, hi, False]
