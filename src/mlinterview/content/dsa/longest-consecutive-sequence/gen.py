"""Seeded hidden cases for longest-consecutive-sequence."""
import random

BRUTE_MAX = 2000
LIMIT = 10**9
N_MAX = 10**5


def _runs(lengths, rng, dup_share=0.0, lo=-LIMIT, hi=LIMIT):
    """Disjoint runs of consecutive values with the given lengths (separated by gaps),
    plus repeated copies of some values, shuffled."""
    values = []
    starts = sorted(rng.sample(range(lo, hi - 2 * N_MAX), len(lengths)))
    cursor = lo
    for start, length in zip(starts, lengths, strict=True):
        start = max(start, cursor + 2)  # keep a gap of at least one missing value
        values.extend(range(start, start + length))
        cursor = start + length
    values.extend(rng.choice(values) for _ in range(int(len(values) * dup_share)))
    rng.shuffle(values)
    return values


def generate():
    rng = random.Random(128)
    for k in range(4):
        n = rng.randint(1, 12)
        yield f"tiny-narrow-range-{k + 1}", [[rng.randint(-5, 5) for _ in range(n)]]
    for k in range(3):
        lengths = [rng.randint(1, 15) for _ in range(rng.randint(2, 10))]
        yield f"small-runs-{k + 1}", [_runs(lengths, rng, dup_share=0.3)]
    yield "small-dense-range", [[rng.randint(-30, 30) for _ in range(60)]]
    yield "medium-wide-random", [[rng.randint(-LIMIT, LIMIT) for _ in range(2000)]]
    yield "medium-many-runs", [_runs([rng.randint(1, 40) for _ in range(60)], rng, 0.2)]
    yield "medium-one-long-run", [_runs([1500], rng, dup_share=0.3)]
    yield "large-single-run-at-bottom", [rng.sample(range(-LIMIT, -LIMIT + N_MAX), N_MAX)]
    yield "large-single-run-at-top", [rng.sample(range(LIMIT - N_MAX + 1, LIMIT + 1), N_MAX)]
    yield "large-runs-with-duplicates", [_runs([30_000, 20_000, 20_000, 5_000], rng, 0.3)]
    yield "large-wide-random", [[rng.randint(-LIMIT, LIMIT) for _ in range(N_MAX)]]


def brute(nums):
    """From every distinct value, count how far the run goes upward."""
    values = set(nums)
    best = 0
    for x in values:
        length = 0
        while x + length in values:
            length += 1
        best = max(best, length)
    return best


def scale(n, rng):
    return [_runs([max(n // 2, 1), max(n - n // 2, 1)], rng)]
