"""Seeded hidden cases for roc-curve-auc: continuous scores, heavy ties, imbalance."""
import numpy as np


def generate():
    rng = np.random.default_rng(4111)
    for name, n, rate, sep, digits in [
        ("continuous", 60, 0.5, 1.0, None),
        ("rounded-scores-many-ties", 300, 0.4, 0.8, 1),
        ("integer-scores-seeded", 200, 0.3, 1.5, 0),
        ("imbalanced", 1000, 0.02, 2.0, 2),
        ("weak-classifier", 500, 0.5, 0.1, 2),
        ("worse-than-random", 100, 0.5, -1.0, None),
        ("large-with-ties", 200000, 0.3, 1.0, 3),
    ]:
        y = (rng.random(n) < rate).astype(int)
        y[0], y[1] = 1, 0                       # both classes present
        scores = rng.normal(size=n) + sep * y
        if digits is not None:
            scores = np.round(scores, digits)
        yield name, [y, scores]
    y = rng.integers(0, 2, size=50)
    y[0], y[1] = 1, 0
    yield "all-scores-equal", [y, np.full(50, 0.5)]
    y = np.r_[np.ones(20, dtype=int), np.zeros(30, dtype=int)]
    yield "probabilities-0-1", [y, np.r_[rng.uniform(0.5, 1.0, 20), rng.uniform(0.0, 0.6, 30)]]
