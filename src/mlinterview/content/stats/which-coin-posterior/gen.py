"""Seeded bags of coins at the stated maxima: 1000 coins and a million tosses."""
import numpy as np


def generate():
    rng = np.random.default_rng(1913)
    # A fine grid of biases, ends included, with an uneven prior; both faces seen, so the
    # coins of bias 0 and 1 are impossible and the mass sits near 0.23.
    biases = [i / 999 for i in range(1000)]
    prior = rng.uniform(0.01, 1.0, 1000).tolist()
    yield "thousand-coins-million-tails", [biases, prior, 300000, 1000000]
    # Random biases and a million tails only: the lowest-bias coins take nearly everything.
    biases = rng.uniform(0.0, 0.01, 1000).tolist()
    prior = rng.uniform(0.5, 2.0, 1000).tolist()
    yield "thousand-coins-all-tails", [biases, prior, 0, 1000000]
