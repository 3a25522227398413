"""Seeded hidden cases for remove-nth-node-from-end-of-list: [values, n]."""
import random

from packlib.lists import as_values

BRUTE_MAX = 10**6


def _case(size, rng, n=None, hi=100):
    values = [rng.randint(0, hi) for _ in range(size)]
    return [values, n if n is not None else rng.randint(1, size)]


def generate():
    rng = random.Random(1919)
    for k in range(4):
        yield f"small-random-{k + 1}", _case(rng.randint(1, 6), rng)
    for k in range(3):
        yield f"few-distinct-values-{k + 1}", _case(rng.randint(5, 20), rng, hi=2)
    for k in range(3):
        yield f"medium-random-{k + 1}", _case(rng.randint(10, 29), rng)
    yield "max-size-remove-head", _case(30, rng, n=30)
    yield "max-size-remove-tail", _case(30, rng, n=1)
    yield "max-size-remove-second", _case(30, rng, n=29)
    yield "max-size-random", _case(30, rng)


def brute(head, n):
    """Delete position len - n of the value list."""
    values = as_values(head)
    del values[len(values) - n]
    return values


def size(head, n):
    return len(as_values(head))


def scale(n, rng):
    n = max(n, 1)
    return [[rng.randint(0, 100) for _ in range(n)], rng.randint(1, n)]
