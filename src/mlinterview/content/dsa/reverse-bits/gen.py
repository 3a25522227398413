"""Generated cases for reverse-bits."""
import random

TOP = 2**32 - 1


def generate():
    rng = random.Random(190)
    for i in range(6):
        yield f"random-{i}", [rng.randint(0, TOP)]
    for i in range(3):
        yield f"random-small-{i}", [rng.randint(0, 2**12)]
    for i in range(3):
        yield f"random-high-bits-{i}", [rng.randint(2**31, TOP)]
    for i in range(2):
        yield f"random-sparse-{i}", [sum(1 << b for b in rng.sample(range(32), 3))]
    yield "bound-max", [TOP]
    yield "bound-top-bit", [2**31]


def brute(n):
    return int(format(n, "032b")[::-1], 2)


def size(n):
    return 1


def scale(n, rng):
    # The input is always a 32-bit word whatever n is: the timing is expected to stay flat.
    return [rng.randint(0, TOP)]
