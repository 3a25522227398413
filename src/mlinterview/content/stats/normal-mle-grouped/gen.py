"""Seeded frequency tables: rounded normal readings, large counts, offsets."""
import numpy as np


def generate():
    rng = np.random.default_rng(99)
    readings = np.round(rng.normal(20.0, 3.0, 100000), 1)
    vals, cnts = np.unique(readings, return_counts=True)
    yield "rounded-readings", [vals, cnts]
    vals = np.arange(-50, 51, dtype=float)
    cnts = rng.integers(0, 10 ** 9, size=vals.size)
    yield "huge-counts-seeded", [vals, cnts]
    vals = 1e9 + rng.normal(0.0, 0.05, 1000)
    yield "offset-readings", [vals, rng.integers(1, 1000, size=1000)]
    vals = rng.normal(0.0, 1.0, 100000)
    yield "many-values", [vals, rng.integers(0, 3, size=100000)]
