import itertools
import math
import random

LIMIT = 2 * 10**9


def _fits(m, n):
    return math.comb(m + n - 2, m - 1) <= LIMIT


def generate():
    rng = random.Random(62)
    small = set()
    while len(small) < 7:
        small.add((rng.randint(1, 10), rng.randint(1, 10)))
    for m, n in sorted(small):
        yield f"gen-grid-{m}-by-{n}", [m, n]
    medium = set()
    while len(medium) < 3:
        m, n = rng.randint(2, 100), rng.randint(2, 100)
        if _fits(m, n) and min(m, n) > 2:
            medium.add((m, n))
    for m, n in sorted(medium):
        yield f"gen-grid-{m}-by-{n}", [m, n]
    # the largest grids whose answers stay within the promised bound
    yield "gen-large-tall", [100, 7]
    yield "gen-large-wide", [7, 100]
    yield "gen-large-square", [17, 17]
    yield "gen-large-nearly-square", [18, 17]


def brute(m, n):
    # Count the routes one by one: a route is the choice of which of the m + n - 2 moves
    # go down.
    return sum(1 for _ in itertools.combinations(range(m + n - 2), m - 1))


BRUTE_MAX = 150


def size(m, n):
    return m * n


def scale(size_, rng):
    # about size_ cells in a grid ten columns wide
    return [max(1, size_ // 10), 10]
