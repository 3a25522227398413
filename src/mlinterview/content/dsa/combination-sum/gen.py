"""Generated hidden cases for Combination Sum, and a dynamic-programming oracle."""

import random


def _count(candidates, target):
    """Number of combinations, by the classic coin-change counting DP."""
    ways = [1] + [0] * target
    for c in candidates:
        for t in range(c, target + 1):
            ways[t] += ways[t - c]
    return ways[target]


def _random_case(rng, k, low, high, target_low):
    """Distinct candidates and a target with fewer than 150 combinations (the guarantee)."""
    while True:
        candidates = rng.sample(range(low, high + 1), k)
        target = rng.randint(target_low, 40)
        if _count(candidates, target) < 150:
            return [candidates, target]


def generate():
    rng = random.Random(39)
    settings = [(1, 2, 40, 1), (2, 2, 10, 5), (3, 2, 12, 10), (3, 5, 20, 15), (4, 2, 15, 20),
                (5, 4, 30, 25), (6, 6, 40, 30), (8, 8, 40, 30), (10, 12, 40, 35), (12, 15, 40, 40)]
    for i, (k, low, high, tlow) in enumerate(settings):
        yield f"random-{k}-candidates-{i}", _random_case(rng, k, low, high, tlow)
    # Largest inputs the guarantee allows.
    yield "thirty-candidates-11-to-40", [rng.sample(range(11, 41), 30), 40]
    yield "small-coins-2-3-4-5-target-40", [[5, 3, 4, 2], 40]
    yield "small-coins-2-3-4-6-target-40", [[6, 2, 4, 3], 40]
    yield "only-2-target-40", [[2], 40]
    yield "thirty-candidates-target-1", [rng.sample(range(2, 41), 30), 1]


def brute(candidates, target):
    """DP over sums: ways[t] is the set of sorted tuples that add up to t."""
    ways = [set() for _ in range(target + 1)]
    ways[0].add(())
    for t in range(1, target + 1):
        for c in candidates:
            if c <= t:
                for combo in ways[t - c]:
                    ways[t].add(tuple(sorted(combo + (c,))))
    return [list(combo) for combo in ways[target]]


def scale(n, rng):
    """The search is exponential in the target, so the target stays at its maximum (40) and
    n is the number of candidates: growth then comes from sorting and scanning them."""
    return [rng.sample(range(2, n + 42), n), 40]
