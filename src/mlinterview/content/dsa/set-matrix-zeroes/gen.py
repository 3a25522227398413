"""Generated hidden cases for Set Matrix Zeroes, and a copy-based oracle."""

import random

BRUTE_MAX = 40_000

LOW, HIGH = -2**31, 2**31 - 1


def _matrix(rng, rows, cols, p_zero, low=-9, high=9):
    out = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            if rng.random() < p_zero:
                row.append(0)
            else:
                v = 0
                while v == 0:
                    v = rng.randint(low, high)
                row.append(v)
        out.append(row)
    return out


def generate():
    rng = random.Random(73)
    for i, (rows, cols, p) in enumerate([(2, 2, 0.3), (3, 4, 0.15), (4, 3, 0.2), (5, 5, 0.1),
                                         (1, 12, 0.1), (12, 1, 0.1), (8, 10, 0.05),
                                         (20, 15, 0.02), (50, 60, 0.005)]):
        yield f"random-{rows}x{cols}-{i}", [_matrix(rng, rows, cols, p)]
    # Maximum sizes.
    yield "no-zeros-200x200", [_matrix(rng, 200, 200, 0.0, LOW, HIGH)]
    yield "sparse-zeros-200x200", [_matrix(rng, 200, 200, 0.0004, LOW, HIGH)]
    yield "all-zeros-200x200", [[[0] * 200 for _ in range(200)]]
    yield "zero-in-first-row-200x200", [[[0 if (r, c) == (0, 137) else 1 for c in range(200)]
                                          for r in range(200)]]
    yield "wide-1x200", [_matrix(rng, 1, 200, 0.01, LOW, HIGH)]


def brute(matrix):
    """Collect the zero rows and columns from the original, then build the answer."""
    zero_rows = {r for r, row in enumerate(matrix) for v in row if v == 0}
    zero_cols = {c for row in matrix for c, v in enumerate(row) if v == 0}
    return [[0 if r in zero_rows or c in zero_cols else v for c, v in enumerate(row)]
            for r, row in enumerate(matrix)]


def size(matrix):
    return len(matrix) * len(matrix[0])


def scale(n, rng):
    side = max(1, int(n ** 0.5))
    return [_matrix(rng, side, max(1, n // side), 0.001)]
