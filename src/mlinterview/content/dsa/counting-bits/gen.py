"""Generated cases for counting-bits."""
import random

BRUTE_MAX = 10**5


def generate():
    rng = random.Random(338)
    for i in range(6):
        yield f"random-small-{i}", [rng.randint(0, 40)]
    for i in range(4):
        yield f"random-medium-{i}", [rng.randint(100, 5000)]
    yield "power-of-two-4096", [4096]
    yield "power-of-two-minus-one-8191", [8191]
    yield "large-65535", [65535]
    yield "large-65536", [65536]
    yield "max-value", [10**5]
    yield "max-value-minus-one", [10**5 - 1]


def brute(n):
    return [bin(i).count("1") for i in range(n + 1)]


def size(n):
    return n


def scale(n, rng):
    return [n]
