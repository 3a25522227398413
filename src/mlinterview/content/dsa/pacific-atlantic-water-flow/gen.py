"""Generated hidden cases for Pacific Atlantic Water Flow, and a per-cell oracle."""

import random

BRUTE_MAX = 1600


def _random_grid(rng, rows, cols, top):
    return [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]


def generate():
    rng = random.Random(417)
    for i, (rows, cols, top) in enumerate([(2, 2, 3), (3, 5, 2), (5, 3, 10), (6, 6, 1), (8, 8, 5),
                                           (1, 30, 4), (30, 1, 4), (12, 20, 100000), (25, 25, 3),
                                           (40, 40, 6)]):
        yield f"random-{rows}x{cols}-max{top}-{i}", [_random_grid(rng, rows, cols, top)]
    # Maximum sizes.
    yield "random-200x200-full-range", [_random_grid(rng, 200, 200, 100000)]
    yield "random-200x200-heights-0-to-2", [_random_grid(rng, 200, 200, 2)]
    yield "flat-200x200", [[[7] * 200 for _ in range(200)]]
    # Heights rise along a serpentine path, so uphill searches follow a 40,000-cell snake.
    snake = [[0] * 200 for _ in range(200)]
    for r in range(200):
        for c in range(200):
            snake[r][c] = r * 200 + (c if r % 2 == 0 else 199 - c)
    yield "serpentine-ramp-200x200", [snake]


def brute(heights):
    """For every cell, search downhill and note which ocean edges the water touches."""
    rows, cols = len(heights), len(heights[0])
    out = []
    for r in range(rows):
        for c in range(cols):
            seen = {(r, c)}
            stack = [(r, c)]
            pacific = atlantic = False
            while stack:
                i, j = stack.pop()
                pacific = pacific or i == 0 or j == 0
                atlantic = atlantic or i == rows - 1 or j == cols - 1
                for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if (0 <= ni < rows and 0 <= nj < cols and (ni, nj) not in seen
                            and heights[ni][nj] <= heights[i][j]):
                        seen.add((ni, nj))
                        stack.append((ni, nj))
            if pacific and atlantic:
                out.append([r, c])
    return out


def size(heights):
    return len(heights) * len(heights[0])


def scale(n, rng):
    # A noisy pyramid: heights never drop when moving inwards, so both uphill searches cover
    # the whole grid and the work grows with the number of cells.
    rows = max(1, int(n ** 0.5))
    cols = max(1, n // rows)
    return [[[2 * min(r, c, rows - 1 - r, cols - 1 - c) + rng.randint(0, 1) for c in range(cols)]
             for r in range(rows)]]
