"""Seeded hidden cases for covariance-matrix: several shapes, correlated and offset data."""
import numpy as np


def generate():
    rng = np.random.default_rng(4102)
    yield "small-gaussian", [rng.normal(size=(10, 3))]
    yield "tall", [rng.normal(size=(500, 4))]
    yield "wide", [rng.normal(size=(5, 30))]
    mixing = rng.normal(size=(6, 6))
    yield "correlated", [rng.normal(size=(300, 6)) @ mixing]
    scales = np.array([1e-3, 1.0, 1e3, 50.0])
    yield "mixed-scales", [rng.normal(size=(200, 4)) * scales]
    yield "large-offset", [1e8 + rng.normal(size=(100, 3))]
    yield "offset-per-column", [np.array([1e6, -2e7, 5e7]) + rng.normal(scale=0.5, size=(400, 3))]
    data = rng.normal(size=(50, 5))
    data[:, 2] = 4.25
    yield "constant-column", [data]
    yield "integer-valued", [rng.integers(-20, 20, size=(40, 5)).astype(float)]
    yield "large", [rng.normal(size=(5000, 200))]
