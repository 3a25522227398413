"""Seeded hidden cases: bootstrap rows and feature subsets drawn here, so the answer is fixed."""
import numpy as np


def _case(rng, n, m, d, classes, trees, subset, max_depth, min_split):
    X = rng.normal(size=(n + m, d)) * 2
    score = X[:, 0] * X[:, 1 % d] + np.cos(X[:, -1]) + rng.normal(size=n + m) * 0.5
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, classes + 1)[1:-1]))
    boot = rng.integers(0, n, size=(trees, n))
    feats = np.sort(np.array([rng.choice(d, size=subset, replace=False) for _ in range(trees)]), axis=1)
    return [X[:n], y[:n].astype(np.int64), X[n:], boot, feats, max_depth, min_split]


def generate():
    rng = np.random.default_rng(4111)
    plan = [(10, 5, 2, 2, 1, 1, 2, 2), (30, 10, 3, 2, 5, 2, 3, 2), (60, 30, 4, 3, 7, 2, 4, 2),
            (100, 50, 5, 2, 10, 3, 5, 4), (200, 100, 6, 3, 15, 3, 6, 2), (200, 100, 8, 4, 15, 3, 8, 5),
            (150, 60, 4, 2, 25, 4, 2, 2), (200, 100, 10, 3, 10, 5, 7, 10), (80, 40, 3, 5, 6, 3, 20, 2)]
    for n, m, d, classes, trees, subset, depth, min_split in plan:
        yield (f"forest-{trees}-trees-{n}x{d}-subset-{subset}-depth-{depth}",
               _case(rng, n, m, d, classes, trees, subset, depth, min_split))
    # The stated maxima together: 25 deep trees over every column, 5 classes, 120 test rows.
    yield "max-25-trees-200x10-all-features-depth-20", _case(rng, 200, 120, 10, 5, 25, 10, 20, 2)
