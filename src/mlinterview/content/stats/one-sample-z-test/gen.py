"""Seeded samples at the stated maximum size, n = 10^6."""
import numpy as np


def generate():
    rng = np.random.default_rng(4242)
    # A tiny true shift that a million observations still detect.
    yield "million-small-shift", [rng.normal(100.003, 1.5, 10**6), 100.0, 1.5, "greater"]
    # No true shift, tested on both sides.
    yield "million-null-two-sided", [rng.normal(50.0, 10.0, 10**6), 50.0, 10.0, "two-sided"]
