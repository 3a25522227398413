import random

from packlib.subsets import no_two_adjacent


def generate():
    rng = random.Random(213)
    for i in range(6):
        n = rng.randint(2, 12)
        yield f"gen-small-{i}", [[rng.randint(0, 1000) for _ in range(n)]]
    for i in range(3):
        n = rng.randint(13, 18)
        yield f"gen-medium-{i}", [[rng.randint(0, 30) for _ in range(n)]]
    # the two ends are the richest houses, so the circle constraint bites
    ends = [rng.randint(0, 100) for _ in range(16)]
    ends[0], ends[-1] = 1000, 999
    yield "gen-rich-ends", [ends]
    yield "gen-large-random", [[rng.randint(0, 1000) for _ in range(100)]]
    yield "gen-large-max-values-odd", [[1000] * 99]
    large = [rng.randint(0, 1000) for _ in range(100)]
    large[0] = large[-1] = 1000
    yield "gen-large-rich-ends", [large]


def brute(nums):
    # Every subset (bit mask) with no two neighbours, where the last house also
    # neighbours the first one when there are at least two houses.
    n = len(nums)
    return max(sum(nums[i] for i in range(n) if mask >> i & 1) for mask in no_two_adjacent(n, ring=True))


BRUTE_MAX = 18


def scale(n, rng):
    return [[rng.randint(0, 1000) for _ in range(n)]]
