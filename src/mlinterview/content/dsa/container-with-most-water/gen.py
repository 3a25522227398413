"""Seeded hidden cases for container-with-most-water."""
import random

BRUTE_MAX = 1000
H_MAX = 10**4
N_MAX = 10**5


def _heights(n, rng, hi=H_MAX):
    return [rng.randint(0, hi) for _ in range(n)]


def generate():
    rng = random.Random(11)
    for k in range(4):
        yield f"tiny-{k + 1}", [_heights(rng.randint(2, 8), rng, 9)]
    for k in range(3):
        yield f"small-{k + 1}", [_heights(rng.randint(20, 200), rng)]
    yield "medium-increasing", [sorted(_heights(1000, rng))]
    yield "medium-decreasing", [sorted(_heights(1000, rng), reverse=True)]
    yield "medium-mountain", [sorted(_heights(500, rng)) + sorted(_heights(500, rng), reverse=True)]
    yield "medium-tall-walls-inside", [[H_MAX if i in (350, 650) else rng.randint(0, 50)
                                        for i in range(1000)]]
    yield "large-random", [_heights(N_MAX, rng)]
    yield "large-increasing", [sorted(_heights(N_MAX, rng))]
    yield "large-valley", [sorted(_heights(N_MAX // 2, rng), reverse=True)
                           + sorted(_heights(N_MAX // 2, rng))]


def brute(height):
    """Area of every pair of lines."""
    best = 0
    for i in range(len(height)):
        for j in range(i + 1, len(height)):
            best = max(best, min(height[i], height[j]) * (j - i))
    return best


def scale(n, rng):
    return [_heights(max(n, 2), rng)]
