"""Seeded hidden cases for reorder-list: one list of values per case."""
import random

from packlib.lists import as_values

BRUTE_MAX = 10**6
MAX_N = 5 * 10**4


def _values(n, rng, hi=1000):
    return [rng.randint(1, hi) for _ in range(n)]


def generate():
    rng = random.Random(1431)
    for k in range(5):
        yield f"small-random-{k + 1}", [_values(rng.randint(1, 9), rng)]
    for k in range(2):
        yield f"few-distinct-values-{k + 1}", [_values(rng.randint(10, 40), rng, hi=3)]
    for k in range(3):
        yield f"medium-random-{k + 1}", [_values(rng.randint(100, 3000), rng)]
    yield "large-even-length", [_values(MAX_N, rng)]
    yield "large-odd-length", [_values(MAX_N - 1, rng)]
    yield "large-ascending", [list(range(1, 1001)) * (MAX_N // 1000)]


def brute(head):
    """Take values alternately from the front and the back of the value list."""
    values = as_values(head)
    out = []
    i, j = 0, len(values) - 1
    while i <= j:
        out.append(values[i])
        if i != j:
            out.append(values[j])
        i += 1
        j -= 1
    return out


def size(head):
    return len(as_values(head))


def scale(n, rng):
    return [_values(max(n, 1), rng)]
