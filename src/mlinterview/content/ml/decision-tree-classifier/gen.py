"""Seeded hidden cases: noisy nonlinear boundaries, continuous and integer features."""
import numpy as np


def _case(rng, n, m, d, classes, max_depth, min_split, criterion, integer=False):
    X = rng.normal(size=(n + m, d)) * 2
    if integer:
        X = np.round(X)
    score = np.sin(X[:, 0]) + X[:, 1 % d] * X[:, -1] / 4 + rng.normal(size=n + m) * 0.3
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, classes + 1)[1:-1]))
    X_test = X[n:] + (0.0 if integer else 0.013)  # continuous test points off the training grid
    return [X[:n], y[:n].astype(np.int64), X_test, max_depth, min_split, criterion]


def generate():
    rng = np.random.default_rng(4110)
    plan = [(10, 5, 1, 2, 2, 2, "gini", False), (40, 20, 2, 2, 3, 2, "entropy", False),
            (100, 50, 3, 3, 4, 5, "gini", True), (200, 100, 4, 3, 6, 2, "entropy", False),
            (300, 100, 5, 4, 10, 2, "gini", False), (300, 150, 6, 3, 5, 20, "entropy", True),
            (300, 100, 3, 2, 0, 2, "gini", False), (150, 80, 2, 5, 12, 3, "gini", True),
            (300, 200, 8, 2, 8, 4, "entropy", False),
            (300, 200, 8, 5, 20, 2, "entropy", False)]  # every stated maximum at once
    for n, m, d, classes, depth, min_split, criterion, integer in plan:
        kind = "integer" if integer else "continuous"
        yield (f"{kind}-{n}x{d}-depth-{depth}-min-{min_split}-{criterion}",
               _case(rng, n, m, d, classes, depth, min_split, criterion, integer))
