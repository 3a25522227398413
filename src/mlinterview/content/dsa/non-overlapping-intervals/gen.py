"""Generated cases for non-overlapping-intervals."""
import random

BRUTE_MAX = 1500
LO, HI = -5 * 10**4, 5 * 10**4


def _random(rng, n, lo=LO, hi=HI, max_len=100):
    out = []
    for _ in range(n):
        s = rng.randint(lo, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, max_len))])
    return out


def generate():
    rng = random.Random(435)
    for i in range(6):
        yield f"random-small-{i}", [_random(rng, rng.randint(1, 9), -10, 10, max_len=6)]
    for i in range(4):
        yield f"random-medium-{i}", [_random(rng, rng.randint(200, 1500), -2000, 2000, max_len=rng.choice([5, 40, 300]))]
    long_and_short = [[-1000, 1000]] + [[k, k + 1] for k in range(-1000, 1000, 3)]
    rng.shuffle(long_and_short)
    yield "medium-one-long-many-short", [long_and_short]
    yield "medium-nested", [[[-k, k] for k in range(1, 1001)]]
    # Largest inputs.
    yield "max-size-random", [_random(rng, 10**5)]
    chain = [[k, k + 1] for k in range(LO, HI)]
    rng.shuffle(chain)
    yield "max-size-touching-chain", [chain]
    yield "max-size-identical", [[[LO, HI]] * 10**5]
    yield "max-size-heavy-overlap", [_random(rng, 10**5, max_len=5000)]


def brute(intervals):
    # Longest chain of pairwise compatible intervals, by DP over intervals sorted by start:
    # best[i] = 1 + the best chain starting at any later interval that begins at or after
    # interval i ends. Answer = n - longest chain.
    ordered = sorted(intervals)
    n = len(ordered)
    best = [1] * n
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n):
            if ordered[j][0] >= ordered[i][1]:
                best[i] = max(best[i], 1 + best[j])
    return n - max(best)


def scale(n, rng):
    starts = rng.choices(range(LO, HI - 100), k=n)
    lengths = rng.choices(range(1, 101), k=n)
    return [[[s, s + d] for s, d in zip(starts, lengths)]]
