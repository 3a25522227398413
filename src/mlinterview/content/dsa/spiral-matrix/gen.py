"""Generated hidden cases for Spiral Matrix, and a walk-and-turn oracle."""

import random


def _matrix(rng, rows, cols):
    return [[rng.randint(-100, 100) for _ in range(cols)] for _ in range(rows)]


def generate():
    rng = random.Random(54)
    shapes = [(2, 5), (5, 2), (3, 3), (4, 6), (6, 4), (7, 7), (2, 9), (9, 3), (8, 5), (5, 10),
              (6, 6), (1, 7), (7, 1)]
    for rows, cols in shapes:
        yield f"random-{rows}x{cols}", [_matrix(rng, rows, cols)]
    # Maximum sizes.
    yield "full-10x10", [_matrix(rng, 10, 10)]
    yield "row-1x10", [_matrix(rng, 1, 10)]
    yield "column-10x1", [_matrix(rng, 10, 1)]
    yield "sequential-10x9", [[[r * 9 + c - 45 for c in range(9)] for r in range(10)]]


def brute(matrix):
    """Walk like a robot: go straight until the edge or a visited cell, then turn right."""
    rows, cols = len(matrix), len(matrix[0])
    seen = [[False] * cols for _ in range(rows)]
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    out = []
    for _ in range(rows * cols):
        out.append(matrix[r][c])
        seen[r][c] = True
        nr, nc = r + moves[d][0], c + moves[d][1]
        if not (0 <= nr < rows and 0 <= nc < cols) or seen[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + moves[d][0], c + moves[d][1]
        r, c = nr, nc
    return out


def size(matrix):
    return len(matrix) * len(matrix[0])


def scale(n, rng):
    side = max(1, int(n ** 0.5))
    return [_matrix(rng, side, max(1, n // side))]
