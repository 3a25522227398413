"""Seeded hidden cases for one-hot-encoding: string and integer columns, unknown test values."""
import numpy as np

WORDS = ["apple", "Banana", "cherry", "date", "elder", "fig", "grape", "kiwi", "lemon", "mango",
         "Nectarine", "olive", "papaya", "quince", "red", "red ", "Red", "z", "aa", "a"]


def _table(rng, n, columns):
    rows = [[] for _ in range(n)]
    for kind, pool in columns:
        picks = rng.integers(0, len(pool), size=n)
        for r in range(n):
            value = pool[picks[r]]
            rows[r].append(str(value) if kind == "str" else int(value))
    return rows


def generate():
    rng = np.random.default_rng(4107)
    words = WORDS
    ints = list(range(-5, 40, 3))
    specs = [
        ("strings-only", 30, 10, [("str", words[:8])], [("str", words[:10])]),
        ("integers-only", 40, 15, [("int", ints[:6])], [("int", ints[:8])]),
        ("mixed-three-columns", 60, 25,
         [("str", words[:5]), ("int", ints), ("str", words[10:])],
         [("str", words[:6]), ("int", ints), ("str", words[8:])]),
        ("case-and-space-sensitive", 50, 20, [("str", ["red", "Red", "red ", "RED"])],
         [("str", ["red", "Red", "red ", "RED", "rEd"])]),
        ("many-unknowns", 20, 30, [("int", [1, 2, 3]), ("str", ["x", "y"])],
         [("int", list(range(0, 8))), ("str", ["w", "x", "y", "z"])]),
        ("negative-integers-seeded", 35, 12, [("int", list(range(-20, 0, 2)))], [("int", list(range(-22, 2, 2)))]),
        ("large", 5000, 3000,
         [("str", [f"cat{i:03d}" for i in range(300)]), ("int", list(range(0, 1000, 7)))],
         [("str", [f"cat{i:03d}" for i in range(320)]), ("int", list(range(0, 1050, 7)))]),
        ("single-category", 10, 6, [("str", ["only"])], [("str", ["only", "other"])]),
    ]
    for name, n_train, n_test, train_cols, test_cols in specs:
        yield name, [_table(rng, n_train, train_cols), _table(rng, n_test, test_cols)]
    # The stated maxima: 5000 rows on both sides, 10 columns, 500 categories in the first, and
    # 600 categories in all, so the output holds 5000 * 600 = 3,000,000 entries.
    pools = [[f"v{i:03d}" for i in range(500)], list(range(-14, 14))] + [list(range(9))] * 8
    train_cols = [("str", pools[0]), ("int", pools[1])] + [("int", p) for p in pools[2:]]
    test_cols = [("str", pools[0] + ["v500", "w"]), ("int", pools[1] + [99])] + [("int", p) for p in pools[2:]]
    train = _table(rng, 5000, train_cols)
    for r in range(500):  # every category occurs in training
        train[r] = [p[r % len(p)] for p in pools]
    assert sum(len({row[j] for row in train}) for j in range(10)) == 600
    yield "max-5000x10-500-categories", [train, _table(rng, 5000, test_cols)]
