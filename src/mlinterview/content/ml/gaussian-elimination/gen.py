"""Seeded hidden cases for gaussian-elimination: random, permuted and ill-pivoted systems."""
import numpy as np


def generate():
    rng = np.random.default_rng(4104)
    for n in (2, 5, 20):
        yield f"random-{n}", [rng.normal(size=(n, n)), rng.normal(size=n)]
    # A permutation of a diagonally dominant matrix: zeros and tiny values sit on the diagonal.
    n = 30
    base = rng.normal(size=(n, n)) + n * np.eye(n)
    yield "permuted-dominant", [base[rng.permutation(n)], rng.normal(size=n)]
    small = rng.normal(size=(12, 12))
    small[np.arange(12), np.arange(12)] = 1e-14
    yield "tiny-diagonal", [small, rng.normal(size=12)]
    yield "mixed-scales", [rng.normal(size=(8, 8)) * np.array([1e-3, 1.0, 1e3, 1.0, 10.0, 1.0, 1e-2, 1.0]),
                           rng.normal(size=8)]
    yield "integer-matrix", [rng.integers(-9, 10, size=(10, 10)).astype(float),
                             rng.integers(-20, 21, size=10).astype(float)]
    upper = np.triu(rng.normal(size=(15, 15))) + 3 * np.eye(15)
    yield "reversed-triangular", [upper[::-1], rng.normal(size=15)]
    yield "size-300", [rng.normal(size=(300, 300)), rng.normal(size=300)]
