"""Seeded hidden cases for 3sum."""
import itertools
import random

BRUTE_MAX = 200
LIMIT = 10**5
N_MAX = 3000


def _values(n, lo, hi, rng):
    return [rng.randint(lo, hi) for _ in range(n)]


def generate():
    rng = random.Random(15)
    for k in range(4):
        yield f"tiny-narrow-range-{k + 1}", [_values(rng.randint(3, 10), -4, 4, rng)]
    for k in range(3):
        yield f"small-random-{k + 1}", [_values(rng.randint(20, 80), -50, 50, rng)]
    yield "small-wide-range", [_values(200, -LIMIT, LIMIT, rng)]
    yield "medium-many-duplicates", [_values(1000, -40, 40, rng)]
    yield "medium-wide-range", [_values(1500, -LIMIT, LIMIT, rng)]
    yield "large-wide-range", [_values(N_MAX, -LIMIT, LIMIT, rng)]
    yield "large-mostly-negative", [_values(2000, -LIMIT, 0, rng) + _values(1000, 0, LIMIT, rng)]
    yield "large-few-distinct-values", [_values(N_MAX, -12, 12, rng)]
    yield "large-all-zeros", [[0] * N_MAX]


def brute(nums):
    """Every combination of three positions, deduplicated as sorted value triples."""
    found = {t for t in itertools.combinations(sorted(nums), 3) if sum(t) == 0}
    return [list(t) for t in sorted(found)]


def scale(n, rng):
    return [_values(max(n, 3), -LIMIT, LIMIT, rng)]
