"""Seeded hidden cases for als-matrix-factorization: noisy low-rank matrices, partly observed."""
import numpy as np


def _problem(rng, m, n, r, density, rank_true=None, scale=1.0, noise=0.1):
    k = rank_true or r
    R = (rng.normal(size=(m, k)) @ rng.normal(size=(k, n)) + noise * rng.normal(size=(m, n))) * scale
    mask = (rng.random((m, n)) < density).astype(np.int64)
    R = np.where(mask == 1, R, 0.0)  # unobserved entries carry no information
    U0 = 0.1 * rng.normal(size=(m, r))
    V0 = 0.1 * rng.normal(size=(n, r))
    return R, mask, U0, V0


def generate():
    rng = np.random.default_rng(9595)
    yield "small-5x4-r2", [*_problem(rng, 5, 4, 2, 0.7), 0.1, 10]
    yield "tall-40x8-r3", [*_problem(rng, 40, 8, 3, 0.5), 0.5, 15]
    yield "wide-10x60-r2", [*_problem(rng, 10, 60, 2, 0.4), 1.0, 20]
    yield "sparse-80x80-r4", [*_problem(rng, 80, 80, 4, 0.05), 0.3, 10]
    yield "overparameterised-50x50-r8", [*_problem(rng, 50, 50, 8, 0.6, rank_true=2), 0.05, 25]
    yield "dense-100x70-r5", [*_problem(rng, 100, 70, 5, 0.95), 2.0, 10]
    yield "ratings-scale-60x40-r3", [*_problem(rng, 60, 40, 3, 0.3, scale=50.0), 10.0, 12]
    yield "large-400x300-r8", [*_problem(rng, 400, 300, 8, 0.1), 1.0, 17]
    # The stated maxima: m = n = 400, r = 10, (m + n) * n_sweeps = 12,000, half the entries seen.
    yield "max-400x400-r10-dense", [*_problem(rng, 400, 400, 10, 0.5), 1.0, 15]
    yield "max-sweeps-120x120-r10", [*_problem(rng, 120, 120, 10, 0.3), 0.5, 50]
