"""Seeded hidden cases for top-k-frequent-elements.

Every case has a unique answer: the k-th highest frequency is strictly greater than the next
one (or k equals the number of distinct values).
"""
import random

BRUTE_MAX = 3000
LIMIT = 10**4
N_MAX = 10**5


def _valid_ks(nums):
    """All k for which the top-k set is unique."""
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    freqs = sorted(counts.values(), reverse=True)
    return [p for p in range(1, len(freqs) + 1) if p == len(freqs) or freqs[p - 1] > freqs[p]]


def _make(n, distinct, rng, skew=1.0, k_pick="random"):
    """n values drawn from `distinct` values in [-LIMIT, LIMIT] with uneven popularity."""
    pool = rng.sample(range(-LIMIT, LIMIT + 1), distinct)
    weights = [rng.random() ** skew for _ in pool]
    nums = rng.choices(pool, weights=weights, k=n)
    ks = _valid_ks(nums)
    if k_pick == "small":
        k = ks[0]
    elif k_pick == "all":
        k = ks[-1]
    else:
        k = rng.choice(ks)
    return [nums, k]


def generate():
    rng = random.Random(347)
    for k in range(3):
        yield f"tiny-{k + 1}", _make(rng.randint(1, 8), rng.randint(1, 4), rng)
    for k in range(3):
        yield f"small-skewed-{k + 1}", _make(rng.randint(20, 200), rng.randint(3, 30), rng, 4.0)
    yield "small-k-equals-distinct", _make(60, 10, rng, k_pick="all")
    yield "medium-few-values", _make(3000, 20, rng, skew=3.0)
    yield "medium-many-values", _make(3000, 1500, rng, skew=2.0)
    yield "medium-top-one", _make(2500, 300, rng, skew=6.0, k_pick="small")
    yield "large-full-value-range", _make(N_MAX, 2 * LIMIT + 1, rng, skew=3.0)
    yield "large-top-one", _make(N_MAX, 5000, rng, skew=8.0, k_pick="small")
    yield "large-k-equals-distinct", _make(N_MAX, 2 * LIMIT + 1, rng, skew=1.0, k_pick="all")
    # Every value of the range at least once: k reaches its largest possible value, 2 * LIMIT + 1.
    every = list(range(-LIMIT, LIMIT + 1))
    nums = every + rng.choices(every, k=N_MAX - len(every))
    rng.shuffle(nums)
    yield "large-every-value-k-all", [nums, len(every)]


def brute(nums, k):
    """Count every distinct value by scanning the list, then sort by count."""
    freq = {value: nums.count(value) for value in set(nums)}
    return sorted(freq, key=lambda v: -freq[v])[:k]


def scale(n, rng):
    return _make(max(n, 1), max(1, min(2 * LIMIT + 1, n // 5)), rng, skew=3.0)
