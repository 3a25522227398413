import math
import random


def generate():
    rng = random.Random(70)
    # every other allowed n, drawn at random, plus the three largest values
    for n in sorted(rng.sample(range(6, 43), 10)):
        yield f"gen-n-{n}", [n]
    for n in (43, 44, 45):
        yield f"gen-large-{n}", [n]


def brute(n):
    # Count sequences by how many double steps they use: with k doubles there are
    # n - k moves in total, and the doubles can sit at any k of those positions.
    return sum(math.comb(n - k, k) for k in range(n // 2 + 1))


BRUTE_MAX = 45


def size(n):
    return n


def scale(n, rng):
    # The statement caps n at 45. Past that the answer outgrows machine words and the
    # cost of big-integer additions, not the algorithm, would dominate the timing.
    return [min(n, 45)]
