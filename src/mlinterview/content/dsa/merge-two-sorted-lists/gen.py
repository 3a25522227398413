"""Seeded hidden cases for merge-two-sorted-lists: two sorted value lists."""
import random

from packlib.lists import as_values

BRUTE_MAX = 10**6
LIMIT = 100


def _sorted_list(n, rng, lo=-LIMIT, hi=LIMIT):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def generate():
    rng = random.Random(2121)
    for k in range(5):
        yield f"small-random-{k + 1}", [_sorted_list(rng.randint(0, 8), rng),
                                        _sorted_list(rng.randint(0, 8), rng)]
    for k in range(3):
        yield f"few-distinct-values-{k + 1}", [_sorted_list(rng.randint(5, 30), rng, 0, 3),
                                               _sorted_list(rng.randint(5, 30), rng, 0, 3)]
    yield "uneven-lengths", [_sorted_list(3, rng), _sorted_list(47, rng)]
    yield "non-overlapping-ranges", [_sorted_list(25, rng, 1, 100), _sorted_list(25, rng, -100, 0)]
    yield "max-both-full", [_sorted_list(50, rng), _sorted_list(50, rng)]
    yield "max-first-empty", [[], _sorted_list(50, rng)]
    yield "max-second-empty", [_sorted_list(50, rng), []]
    yield "max-all-equal", [[-100] * 50, [-100] * 50]


def brute(list1, list2):
    """The merged list holds exactly the values of both inputs, in sorted order."""
    return sorted(as_values(list1) + as_values(list2))


def size(list1, list2):
    return len(as_values(list1)) + len(as_values(list2))


def scale(n, rng):
    half = max(n, 2) // 2
    return [sorted(rng.randint(-10**6, 10**6) for _ in range(half)),
            sorted(rng.randint(-10**6, 10**6) for _ in range(max(n, 2) - half))]
