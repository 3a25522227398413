"""Seeded hidden cases for reverse-linked-list (lists given as arrays head to tail)."""
import random

BRUTE_MAX = 5000
LO, HI = -5000, 5000


def _values(n, rng, lo=LO, hi=HI):
    return [rng.randint(lo, hi) for _ in range(n)]


def generate():
    rng = random.Random(206)
    for k, n in enumerate((1, 2, 3, 6, 10)):
        yield f"small-random-{k + 1}", [_values(n, rng)]
    yield "medium-few-distinct", [_values(300, rng, -2, 2)]
    yield "medium-ascending", [sorted(_values(800, rng))]
    yield "medium-descending", [sorted(_values(900, rng), reverse=True)]
    yield "medium-random", [_values(2500, rng)]
    half = _values(1500, rng)
    yield "medium-palindrome", [half + half[::-1]]
    yield "large-random", [_values(5000, rng)]
    yield "large-extremes", [[rng.choice((LO, HI)) for _ in range(5000)]]
    yield "large-counting", [list(range(LO, LO + 5000))]


def brute(head):
    """The reversed array."""
    return list(reversed(head))


def scale(n, rng):
    return [_values(n, rng)]
