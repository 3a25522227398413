"""Seeded hidden cases for merge-k-sorted-lists (each list given as a sorted array)."""
import random

BRUTE_MAX = 10_000
LO, HI = -10_000, 10_000


def _lists(k, max_len, total, rng, lo=LO, hi=HI):
    """k sorted lists, each at most max_len long, about `total` values overall."""
    sizes = [0] * k
    for _ in range(min(total, k * max_len)):
        i = rng.randrange(k)
        while sizes[i] >= max_len:
            i = rng.randrange(k)
        sizes[i] += 1
    return [sorted(rng.randint(lo, hi) for _ in range(s)) for s in sizes]


def generate():
    rng = random.Random(23)
    for k, (lists, max_len, total) in enumerate(((2, 4, 6), (3, 5, 9), (5, 3, 8), (7, 6, 20))):
        yield f"small-random-{k + 1}", [_lists(lists, max_len, total, rng)]
    yield "small-narrow-values", [_lists(6, 8, 30, rng, -3, 3)]
    yield "medium-many-short-lists", [_lists(1000, 5, 2500, rng)]
    yield "medium-few-long-lists", [_lists(9, 500, 4000, rng)]
    yield "medium-mostly-empty", [_lists(3000, 50, 300, rng)]
    yield "one-long-list", [[sorted(rng.randint(LO, HI) for _ in range(500))]]
    long_list = sorted(rng.randint(LO, HI) for _ in range(500))
    yield "long-list-among-empties", [[[]] * 40 + [long_list] + [[]] * 41]
    yield "large-twenty-full-lists", [_lists(20, 500, 10_000, rng)]
    # Each list holds values larger than every earlier list: merging one list at a time has
    # to walk the whole running result for every new list.
    values = sorted(rng.randint(LO, HI) for _ in range(10_000))
    yield "large-ascending-singletons", [[[v] for v in values]]
    yield "large-descending-singletons", [[[v] for v in reversed(values)]]
    yield "large-random-lists", [_lists(5000, 500, 10_000, rng)]


def brute(lists):
    """Pour every value into one array and sort it."""
    return sorted(v for lst in lists for v in lst)


def size(lists):
    return sum(len(lst) for lst in lists)


def scale(n, rng):
    # k grows with n (about four nodes per list), so an O(k * n) merge shows up as quadratic.
    return [_lists(max(1, n // 4), 500, n, rng)]
