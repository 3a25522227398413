"""Seeded hidden cases: continuous and integer-valued features, both criteria, many classes."""
import numpy as np


def _case(rng, n, d, classes, criterion, integer=False):
    if integer:
        X = rng.integers(0, 6, size=(n, d)).astype(float)  # many equal values and tied gains
    else:
        X = rng.normal(size=(n, d)) * rng.uniform(0.5, 5.0, size=d)
    score = X @ rng.normal(size=d) + rng.normal(size=n) * 2
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, classes + 1)[1:-1]))
    return [X, y.astype(np.int64), criterion]


def generate():
    rng = np.random.default_rng(4109)
    plan = [(5, 1, 2, "gini", False), (20, 2, 2, "entropy", False), (50, 3, 3, "gini", True),
            (100, 5, 4, "entropy", True), (500, 10, 2, "gini", False), (1000, 8, 5, "entropy", False),
            (2000, 20, 3, "gini", False), (300, 4, 6, "entropy", True), (200, 6, 3, "gini", True),
            (2000, 20, 6, "entropy", False)]  # every stated maximum at once
    for n, d, classes, criterion, integer in plan:
        kind = "integer" if integer else "continuous"
        yield f"{kind}-{n}x{d}-{classes}-classes-{criterion}", _case(rng, n, d, classes, criterion, integer)
