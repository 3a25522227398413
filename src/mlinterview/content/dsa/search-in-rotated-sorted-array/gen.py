"""Generated cases for search-in-rotated-sorted-array."""
import random

BRUTE_MAX = 10**6
LIMIT = 10**4


def _rotated(rng, n, lo=-LIMIT, hi=LIMIT, shift=None):
    values = sorted(rng.sample(range(lo, hi + 1), n))
    k = rng.randrange(n) if shift is None else shift % n
    return values[k:] + values[:k]


def _absent(rng, nums, lo=-LIMIT, hi=LIMIT):
    present = set(nums)
    while True:
        t = rng.randint(lo, hi)
        if t not in present:
            return t


def generate():
    rng = random.Random(33)
    for i in range(8):
        nums = _rotated(rng, rng.randint(1, 12))
        target = rng.choice(nums) if i % 2 == 0 else _absent(rng, nums)
        yield f"random-small-{i}", [nums, target]
    for i in range(6):
        nums = _rotated(rng, rng.randint(100, 1000))
        target = rng.choice(nums) if i % 2 == 0 else _absent(rng, nums)
        yield f"random-medium-{i}", [nums, target]
    big = _rotated(rng, 5000)
    yield "max-size-found", [big, rng.choice(big)]
    yield "max-size-missing", [big, _absent(rng, big)]
    big = _rotated(rng, 5000, shift=1)
    yield "max-size-target-at-end", [big, big[-1]]
    yield "max-size-target-at-start", [big, big[0]]


def brute(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1


def scale(n, rng):
    # Cheap to build (the timing budget includes building inputs); the values leave the
    # constraint range for large n.
    step = rng.randint(1, 5)
    values = list(range(-step * n, step * n, 2 * step))
    k = rng.randrange(n)
    nums = values[k:] + values[:k]
    return [nums, rng.choice(nums)]
