"""Generated hidden cases for Number of Islands, and a union-find oracle."""

import random

BRUTE_MAX = 100_000


def _random_grid(rng, rows, cols, p):
    return [["1" if rng.random() < p else "0" for _ in range(cols)] for _ in range(rows)]


def _serpentine(rows, cols):
    # One long snake of land: full rows joined by a single cell at alternating ends.
    # A recursive flood fill goes about rows * cols / 2 calls deep here.
    grid = [["0"] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = ["1"] * cols
        if r + 1 < rows:
            side = cols - 1 if (r // 2) % 2 == 0 else 0
            grid[r + 1][side] = "1"
    return grid


def generate():
    rng = random.Random(200)
    for i, (rows, cols, p) in enumerate([(3, 4, 0.5), (6, 6, 0.3), (8, 5, 0.6), (10, 10, 0.45),
                                         (1, 40, 0.5), (40, 1, 0.5), (20, 30, 0.55),
                                         (50, 50, 0.4), (50, 50, 0.6)]):
        yield f"random-{rows}x{cols}-{i}", [_random_grid(rng, rows, cols, p)]
    yield "random-300x300-half-land", [_random_grid(rng, 300, 300, 0.5)]
    yield "all-land-300x300", [[["1"] * 300 for _ in range(300)]]
    yield "serpentine-300x300", [_serpentine(300, 300)]
    yield "checkerboard-300x300", [[["1" if (r + c) % 2 == 0 else "0" for c in range(300)]
                                     for r in range(300)]]
    yield "single-row-300", [_random_grid(rng, 1, 300, 0.7)]


def brute(grid):
    """Union-find over land cells: join each cell with its right and lower neighbour."""
    rows, cols = len(grid), len(grid[0])
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                parent[(r, c)] = (r, c)
    for r, c in list(parent):
        for nr, nc in ((r + 1, c), (r, c + 1)):
            if (nr, nc) in parent:
                parent[find((r, c))] = find((nr, nc))
    return len({find(cell) for cell in parent})


def size(grid):
    return len(grid) * len(grid[0])


def scale(n, rng):
    side = max(1, int(n ** 0.5))
    return [_random_grid(rng, side, max(1, n // side), 0.55)]
