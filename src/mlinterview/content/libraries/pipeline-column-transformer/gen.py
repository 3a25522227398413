"""Seeded hidden cases for pipeline-column-transformer: mixed numeric and categorical frames
whose label depends on both, with rare categories that land in a single fold."""

import numpy as np

CITIES = ["lyon", "oslo", "porto", "quito", "riga"]
PLANS = ["basic", "plus", "pro"]


def frame(rng, n, n_num, n_cat, rare=False):
    cols, data = [], []
    nums = rng.normal(size=(n, n_num)) * rng.uniform(0.5, 20, size=n_num) + rng.uniform(-50, 50, size=n_num)
    for j in range(n_num):
        cols.append(f"x{j + 1}")
        data.append([round(float(v), 3) for v in nums[:, j]])
    cat_cols = [("city", CITIES), ("plan", PLANS)][:n_cat]
    cats = []
    for name, values in cat_cols:
        col = [values[i] for i in rng.integers(0, len(values), size=n)]
        if rare:
            # One value that only a few neighbouring rows hold: it sits in one test fold only.
            start = int(rng.integers(0, n - 3))
            for r in range(start, start + 2):
                col[r] = "zz-" + name
        cols.append(name)
        data.append(col)
        cats.append(col)
    z = (nums - nums.mean(axis=0)) / nums.std(axis=0)
    score = z @ rng.normal(size=n_num)
    for col in cats:
        effect = {v: float(rng.normal()) for v in sorted(set(col))}
        score = score + np.array([effect[v] for v in col])
    score = score + rng.normal(scale=0.7, size=n)
    label = (score > np.median(score)).astype(int).tolist()
    cols.append("label")
    data.append(label)
    rows = [list(r) for r in zip(*data)]
    num_names = [f"x{j + 1}" for j in range(n_num)]
    cat_names = [name for name, _ in cat_cols]
    return {"columns": cols, "rows": rows}, num_names, cat_names


def generate():
    rng = np.random.default_rng(1101)
    for i, (n, n_num, n_cat, k, rare) in enumerate(
        [(40, 2, 1, 3, False), (60, 3, 2, 4, True), (200, 3, 2, 5, True)]
    ):
        df, num, cat = frame(rng, n, n_num, n_cat, rare)
        yield f"mixed-{n}rows-{k}folds", [df, num, cat, "label", k]
