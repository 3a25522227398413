"""Seeded hidden cases for group-kfold-cv: groups of very different sizes whose rows share a
group effect (so a leaked group makes the test fold easy), labels mixed inside groups."""

import numpy as np


def data(rng, n_groups, d, min_size, max_size, p_pos=0.5):
    sizes = rng.integers(min_size, max_size + 1, size=n_groups)
    ids = rng.choice(1000, size=n_groups, replace=False)
    X, y, g = [], [], []
    for gid, size in zip(ids, sizes, strict=True):
        centre = rng.normal(scale=2.0, size=d)
        lean = rng.uniform(0.1, 0.9) if p_pos == 0.5 else p_pos
        labels = (rng.uniform(size=size) < lean).astype(int)
        rows = centre + rng.normal(scale=0.5, size=(size, d)) + 0.8 * labels[:, None]
        X.append(rows)
        y.append(labels)
        g.append(np.full(size, gid))
    X, y, g = np.vstack(X), np.concatenate(y), np.concatenate(g)
    order = rng.permutation(len(y))
    return np.round(X[order], 4), y[order], g[order]


def generate():
    rng = np.random.default_rng(1103)
    for n_groups, d, lo, hi, k, strat in [
        (8, 2, 3, 8, 4, False),
        (12, 3, 1, 12, 5, True),
        (20, 5, 2, 10, 6, False),
        (15, 4, 4, 10, 3, True),
        (10, 2, 2, 6, 2, True),
    ]:
        X, y, g = data(rng, n_groups, d, lo, hi)
        kind = "stratified" if strat else "plain"
        yield f"{kind}-{n_groups}groups-{k}folds", [X, y, g, k, strat]
    X, y, g = data(rng, 25, 5, 6, 6)
    yield "max-rows-stratified", [X, y, g, 6, True]
