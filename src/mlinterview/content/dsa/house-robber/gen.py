import random

from packlib.subsets import no_two_adjacent


def generate():
    rng = random.Random(198)
    for i in range(6):
        n = rng.randint(2, 12)
        yield f"gen-small-{i}", [[rng.randint(0, 400) for _ in range(n)]]
    for i in range(3):
        n = rng.randint(13, 20)
        yield f"gen-medium-{i}", [[rng.randint(0, 20) for _ in range(n)]]
    # few distinct values: many optimal sets tie, easy to get the bookkeeping wrong
    yield "gen-binary-values", [[rng.choice((0, 400)) for _ in range(18)]]
    yield "gen-large-random", [[rng.randint(0, 400) for _ in range(100)]]
    yield "gen-large-max-values", [[400] * 100]
    # big values separated by gaps of one or two cheap houses
    pattern = []
    while len(pattern) < 100:
        pattern += [rng.randint(300, 400)] + [rng.randint(0, 50)] * rng.randint(1, 2)
    yield "gen-large-gaps", [pattern[:100]]


def brute(nums):
    # Try every subset of houses (as a bit mask) that has no two adjacent members.
    n = len(nums)
    return max(sum(nums[i] for i in range(n) if mask >> i & 1) for mask in no_two_adjacent(n))


BRUTE_MAX = 18


def scale(n, rng):
    return [[rng.randint(0, 400) for _ in range(n)]]
