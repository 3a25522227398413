"""Generated cases for sum-of-two-integers."""
import random

LIMIT = 1000


def generate():
    rng = random.Random(371)
    for i in range(6):
        yield f"random-{i}", [rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)]
    for i in range(3):
        yield f"random-both-negative-{i}", [rng.randint(-LIMIT, -1), rng.randint(-LIMIT, -1)]
    for i in range(2):
        a = rng.randint(1, LIMIT)
        yield f"random-opposites-{i}", [a, -a]
    for i in range(2):
        yield f"random-mixed-signs-{i}", [rng.randint(-LIMIT, -1), rng.randint(1, LIMIT)]
    # Values at the bounds.
    yield "bound-max-plus-min", [LIMIT, -LIMIT]
    yield "bound-min-plus-min", [-LIMIT, -LIMIT]
    yield "bound-max-plus-max", [LIMIT, LIMIT]


def brute(a, b):
    return a + b


def size(a, b):
    return 1


def scale(n, rng):
    # The inputs have a fixed width; n does not change the work, so the timing stays flat.
    return [rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)]
