"""Generated cases for find-minimum-in-rotated-sorted-array."""
import random

BRUTE_MAX = 10**6


def _rotated(rng, n, lo=-5000, hi=5000, shift=None):
    values = sorted(rng.sample(range(lo, hi + 1), n))
    k = rng.randrange(n) if shift is None else shift % n
    return values[k:] + values[:k]


def generate():
    rng = random.Random(153)
    for i in range(6):
        yield f"random-small-{i}", [_rotated(rng, rng.randint(1, 12))]
    for i in range(5):
        yield f"random-medium-{i}", [_rotated(rng, rng.randint(50, 600))]
    # Two-element and three-element arrays in every rotation.
    yield "pair-rotated", [_rotated(rng, 2, shift=1)]
    yield "triple-min-first", [_rotated(rng, 3, shift=0)]
    # Largest arrays, with the minimum at the start, at the end and somewhere inside.
    yield "max-size-unrotated", [_rotated(rng, 5000, shift=0)]
    yield "max-size-min-last", [_rotated(rng, 5000, shift=4999)]
    yield "max-size-min-early", [_rotated(rng, 5000, shift=3)]
    yield "max-size-random-shift", [_rotated(rng, 5000)]


def brute(nums):
    return min(nums)


def scale(n, rng):
    # Cheap to build (the timing budget includes building inputs); the values leave the
    # constraint range so that n can go past 10,001 distinct values.
    step = rng.randint(1, 5)
    values = list(range(-step * n, step * n, 2 * step))
    k = rng.randrange(n)
    return [values[k:] + values[:k]]
