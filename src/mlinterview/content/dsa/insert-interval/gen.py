"""Generated cases for insert-interval."""
import random

from packlib.intervals import union

BRUTE_MAX = 10**4
MAX_COORD = 10**5


def _disjoint(rng, n, hi=MAX_COORD, point_rate=0.1):
    """n sorted intervals separated by at least one integer gap."""
    points = sorted(rng.sample(range(hi + 1), 2 * n))
    out = []
    for k in range(n):
        s, e = points[2 * k], points[2 * k + 1]
        if rng.random() < point_rate:
            e = s
        out.append([s, e])
    return out


def _new(rng, intervals, hi=MAX_COORD):
    """A new interval, often starting or ending exactly on an existing endpoint."""
    ends = [x for iv in intervals for x in iv]
    a, b = rng.randint(0, hi), rng.randint(0, hi)
    if ends and rng.random() < 0.5:
        a = rng.choice(ends)
    if ends and rng.random() < 0.5:
        b = rng.choice(ends)
    return [min(a, b), max(a, b)]


def generate():
    rng = random.Random(57)
    for i in range(6):
        ivs = _disjoint(rng, rng.randint(0, 6), hi=30)
        yield f"random-small-{i}", [ivs, _new(rng, ivs, hi=30)]
    for i in range(4):
        ivs = _disjoint(rng, rng.randint(100, 1000), hi=5000)
        yield f"random-medium-{i}", [ivs, _new(rng, ivs, hi=5000)]
    ivs = _disjoint(rng, 500, hi=5000)
    yield "medium-new-after-all", [ivs, [ivs[-1][1] + 1, 5001]]
    n = 10**4
    ivs = _disjoint(rng, n)
    yield "max-size-random", [ivs, _new(rng, ivs)]
    ivs = _disjoint(rng, n)
    yield "max-size-new-in-gap", [ivs, [ivs[n // 2][1] + 1, ivs[n // 2][1] + 1]]
    ivs = _disjoint(rng, n)
    yield "max-size-new-covers-middle", [ivs, [ivs[n // 4][0], ivs[3 * n // 4][1]]]
    ivs = _disjoint(rng, n, hi=MAX_COORD - 1)
    yield "max-size-new-covers-all", [ivs, [0, MAX_COORD]]


def brute(intervals, newInterval):
    """The union of the old intervals and the new one, by marking coverage (packlib.intervals)."""
    return union(intervals + [newInterval], MAX_COORD)


def scale(n, rng):
    # Built arithmetically so that it stays cheap for large n; the new interval swallows a
    # random stretch of the list and touches an endpoint on the right.
    ivs = [[4 * k, 4 * k + 2] for k in range(n)]
    a = rng.randrange(n)
    b = rng.randrange(a, n)
    return [ivs, [4 * a + 1, 4 * b + 2]]
