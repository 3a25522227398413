"""Seeded samples: unequal sizes and variances, large groups, heavy tails."""
import numpy as np


def generate():
    rng = np.random.default_rng(505)
    yield "unequal-var-sizes", [rng.normal(10, 1, 12), rng.normal(10.8, 5, 80)]
    yield "large-groups", [rng.normal(0.0, 1, 200000), rng.normal(0.01, 1.3, 150000)]
    yield "heavy-tails", [rng.standard_t(3, 60), rng.standard_t(3, 45) + 0.5]
    yield "skewed", [rng.exponential(1.0, 300), rng.exponential(1.2, 30)]
    yield "tiny-groups", [rng.normal(0, 1, 2), rng.normal(3, 1, 3)]
    yield "big-effect", [rng.normal(0, 1, 500), rng.normal(2, 1, 500)]
    # The stated maximum, a million values in each group.
    yield "million-each", [rng.normal(5.0, 2.0, 10**6), rng.normal(5.002, 1.0, 10**6)]
