"""Seeded p-value families: uniform nulls mixed with small signal p-values."""
import numpy as np


def generate():
    rng = np.random.default_rng(505)
    for name, m, frac in [("hundred-mixed", 100, 0.2), ("thousand-sparse", 1000, 0.02),
                          ("all-null", 500, 0.0), ("large", 100000, 0.1)]:
        p = rng.random(m)
        k = int(frac * m)
        p[:k] = rng.beta(0.2, 20.0, k)
        rng.shuffle(p)
        yield name, [p.tolist()]
    yield "rounded-ties", [np.round(rng.random(300) ** 3, 3).tolist()]
