"""Seeded hidden cases for rotate-image; the expected value is the matrix after the call."""
import math
import random

BRUTE_MAX = 400
LO, HI = -1000, 1000


def _matrix(n, rng, lo=LO, hi=HI):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def generate():
    rng = random.Random(48)
    for n in (2, 3, 4, 5, 6, 7):
        yield f"random-side-{n}", [_matrix(n, rng)]
    yield "side-9-small-values", [_matrix(9, rng, -2, 2)]
    yield "side-11", [_matrix(11, rng)]
    yield "side-16", [_matrix(16, rng)]
    yield "side-19", [_matrix(19, rng)]
    yield "side-20-random", [_matrix(20, rng)]
    yield "side-20-extremes", [[[rng.choice((LO, HI)) for _ in range(20)] for _ in range(20)]]
    yield "side-20-counting", [[[20 * i + j for j in range(20)] for i in range(20)]]


def brute(matrix):
    """Fill a new matrix cell by cell: row i of the answer is column i read bottom-up."""
    n = len(matrix)
    return [[matrix[n - 1 - j][i] for j in range(n)] for i in range(n)]


def size(matrix):
    return len(matrix) ** 2


def scale(n, rng):
    # Past the 20 x 20 bound on purpose: only used to time growth in the number of cells.
    return [_matrix(max(1, math.isqrt(n)), rng)]
