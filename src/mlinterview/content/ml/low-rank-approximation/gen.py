"""Seeded hidden cases for low-rank-approximation: random, low-rank-plus-noise and edge ranks."""
import numpy as np


def generate():
    rng = np.random.default_rng(4105)
    yield "square-k2", [rng.normal(size=(6, 6)), 2]
    yield "tall-k3", [rng.normal(size=(40, 8)), 3]
    yield "wide-k1-seeded", [rng.normal(size=(5, 30)), 1]
    signal = rng.normal(size=(60, 3)) @ rng.normal(size=(3, 20))
    yield "rank3-plus-noise", [signal + 0.01 * rng.normal(size=(60, 20)), 3]
    yield "k-zero-seeded", [rng.normal(size=(7, 4)), 0]
    yield "k-full", [rng.normal(size=(9, 5)), 5]
    yield "single-column", [rng.normal(size=(12, 1)), 1]
    yield "large-scale", [1e3 * rng.normal(size=(30, 25)), 10]
    yield "size-400", [rng.normal(size=(400, 300)), 50]
    # The stated maxima: a 400 x 400 matrix, truncated, and kept whole (k = min(n, d)).
    yield "square-400-k120", [rng.normal(size=(400, 400)), 120]
    yield "square-400-k400", [rng.normal(size=(400, 400)), 400]
