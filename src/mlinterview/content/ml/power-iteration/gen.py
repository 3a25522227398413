"""Seeded hidden cases for power-iteration: symmetric matrices with a chosen spectrum."""
import numpy as np


def _symmetric(rng, eigenvalues):
    n = len(eigenvalues)
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return (q * np.asarray(eigenvalues, dtype=float)) @ q.T


def generate():
    rng = np.random.default_rng(4103)
    yield "converged-3x3", [_symmetric(rng, [5.0, 2.0, 1.0]), rng.normal(size=3), 100]
    yield "negative-dominant-seeded", [_symmetric(rng, [-6.0, 3.0, 1.0, 0.5]), rng.normal(size=4), 60]
    yield "few-iterations", [_symmetric(rng, [4.0, 3.5, 1.0, -2.0, 0.1]), rng.normal(size=5), 3]
    yield "slow-gap", [_symmetric(rng, [1.0, 0.97, 0.5, 0.2, 0.1, -0.3]), rng.normal(size=6), 40]
    yield "large-eigenvalue-long-run", [_symmetric(rng, [1e3, 10.0, 1.0, -5.0]), rng.normal(size=4), 400]
    yield "small-eigenvalues", [_symmetric(rng, [1e-3, 5e-4, 1e-4]), rng.normal(size=3), 50]
    spectrum = np.concatenate([[10.0], rng.uniform(-5.0, 5.0, size=49)])
    yield "size-50", [_symmetric(rng, spectrum), rng.normal(size=50), 80]
    x = rng.normal(size=(400, 30))
    yield "gram-matrix", [x.T @ x / 400, rng.normal(size=30), 200]
    spectrum = np.concatenate([[-20.0], rng.uniform(-8.0, 8.0, size=299)])
    yield "size-300", [_symmetric(rng, spectrum), rng.normal(size=300), 500]
    # The stated maxima: n = 300 and 2000 products, a small gap so every step still matters.
    spectrum = np.concatenate([[12.0, -11.9], rng.uniform(-10.0, 10.0, size=298)])
    yield "max-300-2000-iterations", [_symmetric(rng, spectrum), rng.normal(size=300), 2000]
