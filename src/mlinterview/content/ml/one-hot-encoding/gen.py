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
