"""Generated cases for merge-intervals."""
import random

from packlib.intervals import union

BRUTE_MAX = 10**4
MAX_COORD = 10**4


def _random(rng, n, hi=MAX_COORD, max_len=None):
    max_len = max_len if max_len is not None else max(1, hi // 20)
    out = []
    for _ in range(n):
        s = rng.randint(0, hi)
        out.append([s, min(hi, s + rng.randint(0, max_len))])
    return out


def generate():
    rng = random.Random(56)
    for i in range(6):
        yield f"random-small-{i}", [_random(rng, rng.randint(1, 8), hi=20, max_len=4)]
    for i in range(4):
        yield f"random-medium-{i}", [_random(rng, rng.randint(100, 2000), max_len=rng.choice([2, 10, 60]))]
    yield "medium-many-duplicates", [[[3, 7]] * 300 + [[7, 9]] * 300]
    pts = list(range(1000))
    rng.shuffle(pts)
    yield "medium-shuffled-points", [[[p, p] for p in pts]]
    # Largest inputs: nothing merges (10^4 single points in shuffled order), heavy random
    # overlap, and a chain of touching intervals that collapses into one.
    pts = list(range(10**4))
    rng.shuffle(pts)
    yield "max-size-disjoint-points", [[[p, p] for p in pts]]
    yield "max-size-random", [_random(rng, 10**4, max_len=3)]
    chain = [[i, i + 1] for i in range(10**4)]
    rng.shuffle(chain)
    yield "max-size-touching-chain", [chain]


def brute(intervals):
    """The union of the intervals, by marking coverage point by point (packlib.intervals)."""
    return union(intervals, MAX_COORD)


def scale(n, rng):
    starts = rng.choices(range(10 * n), k=n)
    lengths = rng.choices(range(6), k=n)
    return [[[s, s + d] for s, d in zip(starts, lengths)]]
