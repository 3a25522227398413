"""Generated cases for meeting-rooms."""
import random

from packlib.intervals import random_intervals

BRUTE_MAX = 1500
MAX_TIME = 10**6


def _back_to_back(rng, n, hi=MAX_TIME, touch_rate=0.3):
    """n meetings that never overlap (some touching), shuffled."""
    cuts = sorted(rng.sample(range(hi + 1), 2 * n))
    out = []
    for k in range(n):
        s, e = cuts[2 * k], cuts[2 * k + 1]
        if k > 0 and rng.random() < touch_rate:
            s = out[-1][1]  # start exactly when the previous meeting ends
        out.append([s, e])
    rng.shuffle(out)
    return out


def _random(rng, n, hi=MAX_TIME, max_len=100):
    return random_intervals(rng, n, hi, max_len)


def generate():
    rng = random.Random(252)
    for i in range(4):
        yield f"random-small-free-{i}", [_back_to_back(rng, rng.randint(1, 6), hi=40)]
    for i in range(4):
        yield f"random-small-{i}", [_random(rng, rng.randint(2, 6), hi=40, max_len=8)]
    yield "medium-free", [_back_to_back(rng, 1000)]
    free = _back_to_back(rng, 1000)
    # One meeting stretched by a single unit so it overlaps the next one in time order.
    ordered = sorted(free)
    victim = ordered[500]
    victim[1] = ordered[501][0] + 1
    yield "medium-one-clash", [free]
    yield "medium-random", [_random(rng, 1000, max_len=20)]
    # Largest inputs: no clash at all (a pairwise check must test every pair).
    yield "max-size-free", [_back_to_back(rng, 10**4)]
    yield "max-size-free-all-touching", [_back_to_back(rng, 10**4, touch_rate=1.0)]
    chain = [[100 * k, 100 * k + 100] for k in range(10**4)]
    rng.shuffle(chain)
    yield "max-size-free-chain", [chain]
    late = _back_to_back(rng, 10**4)
    ordered = sorted(late)
    ordered[-2][1] = ordered[-1][0] + 1
    yield "max-size-clash-at-the-end", [late]


def brute(intervals):
    for i in range(len(intervals)):
        for j in range(i + 1, len(intervals)):
            (s1, e1), (s2, e2) = intervals[i], intervals[j]
            if s1 < e2 and s2 < e1:
                return False
    return True


def scale(n, rng):
    # No clash (so nothing can stop early), shuffled; cheap to build for large n.
    meetings = [[3 * k, 3 * k + 2] for k in range(n)]
    rng.shuffle(meetings)
    return [meetings]
