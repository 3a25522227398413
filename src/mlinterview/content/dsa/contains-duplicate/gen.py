"""Seeded hidden cases for contains-duplicate."""
import random

BRUTE_MAX = 2000
LIMIT = 10**9
N_MAX = 10**5


def _distinct(n, rng, lo=-LIMIT, hi=LIMIT):
    """n distinct values drawn from [lo, hi]."""
    return rng.sample(range(lo, hi + 1), n)


def _with_one_repeat(n, rng, i=None, j=None):
    """n values where exactly one value appears twice, at positions i < j (random if not given)."""
    values = _distinct(n - 1, rng)
    if i is None:
        i, j = sorted(rng.sample(range(n), 2))
    values.insert(j, values[i])  # i < j, so inserting at j leaves position i in place
    return values


def generate():
    rng = random.Random(217)
    for k in range(3):
        n = rng.randint(2, 12)
        yield f"tiny-narrow-range-{k + 1}", [[rng.randint(-3, 3) for _ in range(n)]]
    for k in range(3):
        yield f"small-distinct-{k + 1}", [_distinct(rng.randint(20, 200), rng)]
    for k in range(3):
        yield f"small-one-repeat-{k + 1}", [_with_one_repeat(rng.randint(20, 200), rng)]
    yield "medium-distinct", [_distinct(2000, rng)]
    yield "medium-repeat-at-ends", [_with_one_repeat(2000, rng, 0, 1999)]
    yield "medium-many-repeats", [[rng.randint(-50, 50) for _ in range(2000)]]
    yield "large-distinct", [_distinct(N_MAX, rng)]
    yield "large-repeat-last-two", [_with_one_repeat(N_MAX, rng, N_MAX - 2, N_MAX - 1)]
    yield "large-sorted-distinct", [sorted(_distinct(N_MAX, rng))]


def brute(nums):
    """Compare every pair of positions."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return True
    return False


def scale(n, rng):
    return [_distinct(max(n, 1), rng)]
