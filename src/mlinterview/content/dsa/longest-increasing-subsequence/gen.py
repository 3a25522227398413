import random

LO, HI = -10**4, 10**4


def _noisy_increasing(rng, n, noise):
    # an upward trend with random dips, clipped to the allowed range
    step = (HI - LO) / n
    return [max(LO, min(HI, int(LO + i * step) + rng.randint(-noise, noise))) for i in range(n)]


def generate():
    rng = random.Random(300)
    for i in range(5):
        n = rng.randint(1, 12)
        yield f"gen-small-{i}", [[rng.randint(-5, 5) for _ in range(n)]]
    for i in range(2):
        n = rng.randint(20, 200)
        yield f"gen-medium-{i}", [[rng.randint(LO, HI) for _ in range(n)]]
    yield "gen-medium-duplicates", [[rng.randint(0, 10) for _ in range(300)]]
    yield "gen-max-random", [[rng.randint(LO, HI) for _ in range(2500)]]
    yield "gen-max-trend", [_noisy_increasing(rng, 2500, 300)]
    yield "gen-max-decreasing", [list(range(HI, HI - 2500, -1))]
    yield "gen-max-increasing-distinct", [list(range(LO, LO + 2500))]
    yield "gen-max-few-values", [[rng.randint(-3, 3) for _ in range(2500)]]

def brute(nums):
    # Quadratic DP: longest[i] = 1 + the best longest[j] over earlier smaller values.
    longest = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and longest[j] + 1 > longest[i]:
                longest[i] = longest[j] + 1
    return max(longest)


BRUTE_MAX = 2500


def scale(n, rng):
    return [[rng.randint(LO, HI) for _ in range(n)]]
