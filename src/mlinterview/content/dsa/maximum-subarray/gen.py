"""Generated cases for maximum-subarray."""
import random

BRUTE_MAX = 1500
LIMIT = 10**4


def _rand(rng, n, lo=-LIMIT, hi=LIMIT):
    return [rng.randint(lo, hi) for _ in range(n)]


def generate():
    rng = random.Random(53)
    for i in range(5):
        yield f"random-small-{i}", [_rand(rng, rng.randint(1, 10), -10, 10)]
    for i in range(3):
        yield f"random-medium-{i}", [_rand(rng, rng.randint(200, 1500))]
    yield "medium-all-negative", [_rand(rng, 1000, -LIMIT, -1)]
    yield "medium-mostly-negative", [_rand(rng, 1000, -LIMIT, 300)]
    yield "medium-all-positive", [_rand(rng, 1000, 1, LIMIT)]
    # Alternating big gains and slightly smaller losses: the best run spans almost everything.
    yield "medium-alternating", [[LIMIT if i % 2 == 0 else -(LIMIT - 1) for i in range(1001)]]
    yield "max-size-random", [_rand(rng, 10**5)]
    yield "max-size-all-min-value", [[-LIMIT] * 10**5]
    yield "max-size-all-max-value", [[LIMIT] * 10**5]
    yield "max-size-slight-negative-drift", [_rand(rng, 10**5, -LIMIT, LIMIT - 50)]


def brute(nums):
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            best = max(best, total)
    return best


def scale(n, rng):
    return [rng.choices(range(-LIMIT, LIMIT + 1), k=n)]
