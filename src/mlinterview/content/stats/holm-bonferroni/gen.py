"""Seeded p-value families: mostly nulls (uniform) plus some signals (near zero)."""
import numpy as np


def generate():
    rng = np.random.default_rng(404)
    for name, m, frac in [("hundred-mixed", 100, 0.1), ("thousand-sparse", 1000, 0.01),
                          ("all-null", 500, 0.0), ("large", 100000, 0.05)]:
        p = rng.random(m)
        k = int(frac * m)
        p[:k] = rng.random(k) * 1e-4
        rng.shuffle(p)
        yield name, [p.tolist()]
    yield "rounded-ties", [np.round(rng.random(200), 2).tolist()]
