"""Generated cases for number-of-1-bits."""
import random

TOP = 2**31 - 1


def generate():
    rng = random.Random(191)
    for i in range(6):
        yield f"random-{i}", [rng.randint(1, TOP)]
    for i in range(3):
        yield f"random-small-{i}", [rng.randint(1, 1000)]
    for i in range(3):
        # Sparse: a few bits set at random positions.
        yield f"random-sparse-{i}", [sum(1 << b for b in rng.sample(range(31), rng.randint(1, 4)))]
    for i in range(2):
        # Dense: all bits set except a few.
        value = TOP
        for b in rng.sample(range(31), rng.randint(1, 3)):
            value &= ~(1 << b)
        yield f"random-dense-{i}", [value]
    yield "bound-max", [TOP]
    yield "bound-top-bit-only", [2**30]


def brute(n):
    return bin(n).count("1")


def size(n):
    return 1


def scale(n, rng):
    # The input has at most 31 bits whatever n is: the timing is expected to stay flat.
    return [rng.randint(1, TOP)]
