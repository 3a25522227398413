"""Seeded hidden cases for grid-search-custom-scorer: overlapping classes with unequal costs,
so the best regularisation and class weighting depend on the cost ratio."""

import numpy as np


def generate():
    rng = np.random.default_rng(1109)
    grids = [
        {"C": [0.001, 0.1, 10.0], "class_weight": [None, "balanced"]},
        {"C": [0.01, 1.0, 100.0]},
        {"class_weight": [None, "balanced"], "C": [0.05, 0.5, 5.0]},
        {"C": [0.001, 1.0], "fit_intercept": [True, False]},
    ]
    for i, (n, d, rate, cfp, cfn, k) in enumerate(
        [(200, 4, 0.2, 1.0, 10.0, 3), (121, 3, 0.3, 10.0, 1.0, 3), (158, 2, 0.15, 1.0, 100.0, 4), (91, 4, 0.4, 2.5, 2.5, 2)]
    ):
        y = (rng.uniform(size=n) < rate).astype(int)
        X = np.round(rng.normal(size=(n, d)) + 0.9 * y[:, None] * rng.uniform(0.2, 1.0, size=d), 4)
        grid = grids[i]
        yield f"costs-{cfp}-{cfn}-{n}rows-grid{i}", [X, y, grid, cfp, cfn, k]
