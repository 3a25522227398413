"""Seeded hidden cases for two-sum: every generated input has exactly one answer."""
import random

BRUTE_MAX = 2000
LIMIT = 10**9


def _make(n, lo, hi, rng, where=None, target=None):
    """n values in [lo, hi] with exactly one pair summing to the target.

    `where` fixes the two answer positions (default: random). Fillers are drawn so that
    none of them completes a second pair with anything already placed.
    """
    while True:
        t = target if target is not None else rng.randint(max(-LIMIT, 2 * lo), min(LIMIT, 2 * hi))
        a_lo, a_hi = max(lo, t - hi), min(hi, t - lo)
        if a_lo > a_hi:
            continue
        a = rng.randint(a_lo, a_hi)
        b = t - a
        forbidden = {t - a, t - b}
        fillers = []
        tries = 0
        while len(fillers) < n - 2 and tries < 50 * n + 1000:
            tries += 1
            x = rng.randint(lo, hi)
            if x in forbidden:
                continue
            fillers.append(x)
            forbidden.add(t - x)
        if len(fillers) < n - 2:
            continue
        if where is None:
            i, j = sorted(rng.sample(range(n), 2))
        else:
            i, j = where
        nums = fillers[:]
        nums.insert(i, a)
        nums.insert(j, b)
        return [nums, t]


def generate():
    rng = random.Random(1001)
    for k in range(4):
        yield f"tiny-dense-values-{k + 1}", _make(rng.randint(2, 8), -6, 6, rng)
    for k in range(3):
        yield f"small-random-{k + 1}", _make(rng.randint(10, 60), -1000, 1000, rng)
    yield "medium-all-negative", _make(500, -LIMIT, -1, rng, target=-LIMIT)
    yield "medium-target-zero", _make(800, -50_000, 50_000, rng, target=0)
    yield "medium-many-duplicates", _make(1500, -3000, 3000, rng)
    yield "medium-pair-at-ends", _make(2000, -LIMIT, LIMIT, rng, where=(0, 1999))
    yield "large-pair-at-end", _make(10_000, -LIMIT, LIMIT, rng, where=(9_998, 9_999))
    yield "large-pair-at-start", _make(10_000, -LIMIT, LIMIT, rng, where=(0, 1))
    yield "large-extreme-values", _make(10_000, -LIMIT, LIMIT, rng, where=(9_997, 9_999),
                                        target=LIMIT)


def brute(nums, target):
    """Try every pair of positions."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []


def scale(n, rng):
    n = max(n, 2)
    return _make(n, -LIMIT, LIMIT, rng, where=(n - 2, n - 1))
