"""Generated cases for meeting-rooms-ii."""
import random

from packlib.intervals import random_intervals

BRUTE_MAX = 1500
MAX_TIME = 10**6


def _random(rng, n, hi=MAX_TIME, max_len=100):
    return random_intervals(rng, n, hi, max_len)


def _back_to_back(rng, n, length=100):
    chain = [[length * k, length * (k + 1)] for k in range(n)]
    rng.shuffle(chain)
    return chain


def generate():
    rng = random.Random(253)
    for i in range(6):
        yield f"random-small-{i}", [_random(rng, rng.randint(1, 8), hi=30, max_len=10)]
    for i in range(4):
        yield f"random-medium-{i}", [_random(rng, rng.randint(200, 1500), hi=rng.choice([2000, 50000]), max_len=500)]
    yield "medium-back-to-back", [_back_to_back(rng, 1000)]
    yield "medium-all-same", [[[10, 20]] * 800]
    # Largest inputs.
    yield "max-size-random", [_random(rng, 10**4, max_len=2000)]
    yield "max-size-dense", [_random(rng, 10**4, hi=5000, max_len=5000)]
    yield "max-size-back-to-back", [_back_to_back(rng, 10**4)]
    yield "max-size-staircase", [[[k, MAX_TIME - k] for k in range(10**4)]]


def brute(intervals):
    # The busiest moment is always some meeting's start: count the meetings running there.
    best = 0
    for t, _ in intervals:
        best = max(best, sum(1 for s, e in intervals if s <= t < e))
    return best


def scale(n, rng):
    starts = rng.choices(range(MAX_TIME - 2000), k=n)
    lengths = rng.choices(range(1, 2001), k=n)
    return [[[s, s + d] for s, d in zip(starts, lengths)]]
