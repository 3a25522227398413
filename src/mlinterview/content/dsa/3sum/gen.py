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
    yield "large-few-distinct-values", [_values(N_MAX, -12, 12, rng)]
    yield "large-all-zeros", [[0] * N_MAX]
    # Three odd numbers never sum to 0: no answer, but the full O(n^2) search still runs.
    yield "large-odd-values-no-triplet", [[2 * rng.randint(-LIMIT // 2, LIMIT // 2 - 1) + 1
                                           for _ in range(N_MAX)]]
    # Last on purpose: its answer (thousands of triplets) is the largest to compare.
    yield "large-wide-range", [_values(N_MAX, -LIMIT, LIMIT, rng)]


def brute(nums):
    """Every combination of three positions, deduplicated as sorted value triples."""
    found = {t for t in itertools.combinations(sorted(nums), 3) if sum(t) == 0}
    return [list(t) for t in sorted(found)]


def scale(n, rng):
    return [_values(max(n, 3), -LIMIT, LIMIT, rng)]
