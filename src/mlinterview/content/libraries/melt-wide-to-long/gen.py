"""Seeded hidden cases for melt-wide-to-long: shuffled visit columns, missed visits, missing
arms, up to the stated 200 patients and 12 visits."""

import random


def _wide(rng, n, weeks, p_missed, p_no_arm):
    weeks = list(weeks)
    rng.shuffle(weeks)
    cols = ["patient_id", "arm"] + [f"wk{w}" for w in weeks]
    ids = rng.sample(range(1, 100001), n)
    rows = []
    for pid in ids:
        arm = None if rng.random() < p_no_arm else rng.choice(["A", "B", "placebo"])
        values = [None if rng.random() < p_missed else round(rng.uniform(0, 1000), 3) for _ in weeks]
        rows.append([pid, arm] + values)
    dtypes = {"patient_id": "int64", "arm": "str"}
    dtypes.update({f"wk{w}": "float64" for w in weeks})
    return {"columns": cols, "rows": rows, "dtypes": dtypes}


def generate():
    rng = random.Random(1104)
    yield "random-20-patients", [_wide(rng, 20, [0, 4, 8, 12], 0.3, 0.1)]
    yield (
        "random-200-patients-12-visits",
        [_wide(rng, 200, [0, 1, 2, 4, 6, 8, 10, 12, 16, 24, 52, 104], 0.25, 0.05)],
    )
    yield "random-mostly-missed", [_wide(rng, 50, [3, 30, 9, 90], 0.8, 0.3)]
    yield "random-5-patients-one-visit", [_wide(rng, 5, [7], 0.3, 0.3)]
    yield "random-10-patients-text-order-traps", [_wide(rng, 10, [1, 10, 2, 20, 100], 0.2, 0.2)]


def brute(wide):
    """The answer in plain Python, without pandas: walk the cells, then sort."""
    cols = wide["columns"]
    pid_at, arm_at = cols.index("patient_id"), cols.index("arm")
    out = []
    for row in wide["rows"]:
        for name, value in zip(cols, row):
            if name not in ("patient_id", "arm") and value is not None:
                out.append([row[pid_at], row[arm_at], int(name[2:]), float(value)])
    out.sort(key=lambda r: (r[0], r[2]))
    return {
        "columns": ["patient_id", "arm", "week", "value"],
        "dtypes": ["int64", "str", "int64", "float64"],
        "index": list(range(len(out))),
        "rows": out,
    }
