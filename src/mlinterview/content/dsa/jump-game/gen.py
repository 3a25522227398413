"""Generated cases for jump-game."""
import random

BRUTE_MAX = 1000


def _trap(rng, n):
    """Every cell reaches at most index n - 2, which holds 0: unreachable end, and a
    cell-by-cell scan of each jump range costs about n^2 / 4 steps."""
    if n == 1:
        return [0]
    nums = [rng.randint(0, n - 2 - i) for i in range(n - 1)] + [rng.randint(0, 10**5)]
    nums[0] = n - 2
    return nums


def _random(rng, n, hi, zero_rate):
    return [0 if rng.random() < zero_rate else rng.randint(1, hi) for _ in range(n)]


def generate():
    rng = random.Random(55)
    for i in range(6):
        yield f"random-small-{i}", [_random(rng, rng.randint(1, 12), 3, 0.35)]
    for i in range(4):
        yield f"random-medium-{i}", [_random(rng, rng.randint(200, 1000), 4, 0.45)]
    yield "medium-trap", [_trap(rng, 800)]
    yield "medium-all-ones", [[1] * 1000]
    # Largest arrays: a quadratic trap, a long walk of small steps, a path that breaks
    # only near the end, and huge jumps.
    # Staircase: cell i reaches exactly index n - 2, so a per-cell scan costs ~n^2 / 2 steps.
    yield "max-size-staircase-trap", [[10**4 - 2 - i for i in range(10**4 - 1)] + [0]]
    yield "max-size-random-trap", [_trap(rng, 10**4)]
    yield "max-size-all-ones", [[1] * 10**4]
    blocked = [1] * 10**4
    blocked[10**4 - 3] = 0
    yield "max-size-blocked-near-end", [blocked]
    yield "max-size-huge-jumps", [[10**5] * 10**4]
    yield "max-size-zeros-after-first", [[10**4 - 1] + [0] * (10**4 - 1)]


def brute(nums):
    # Mark every index reachable from a reachable index.
    n = len(nums)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if reachable[i]:
            for j in range(i + 1, min(n - 1, i + nums[i]) + 1):
                reachable[j] = True
    return reachable[n - 1]


def scale(n, rng):
    # The staircase trap: the greedy scan is linear, any per-jump scan is quadratic.
    if n == 1:
        return [[0]]
    return [list(range(n - 2, -1, -1)) + [rng.randint(0, 10)]]
