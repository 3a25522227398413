import random

LIMIT = 2**31 - 1


def _fill(rng, n, zero_rate, big_rate):
    # Random values in [-10, 10] such that every zero-free run has a product of absolute
    # values within 32 bits; then every subarray product fits, as the statement promises.
    out = []
    run = 1
    for _ in range(n):
        if rng.random() < zero_rate:
            out.append(0)
            run = 1
            continue
        x = rng.randint(2, 10) if rng.random() < big_rate else 1
        if run * x > LIMIT:
            x = 1
        run *= x
        out.append(x if rng.random() < 0.5 else -x)
    return out


def generate():
    rng = random.Random(152)
    for i in range(5):
        n = rng.randint(1, 9)
        yield f"gen-small-{i}", [[rng.randint(-10, 10) for _ in range(n)]]
    for i in range(3):
        yield f"gen-small-signs-{i}", [_fill(rng, rng.randint(5, 30), 0.05, 0.6)]
    yield "gen-small-all-negative", [[-rng.randint(1, 10) for _ in range(9)]]
    yield "gen-medium", [_fill(rng, 1500, 0.02, 0.15)]
    yield "gen-large-sparse-zeros", [_fill(rng, 20000, 0.001, 0.01)]
    yield "gen-large-no-zeros", [_fill(rng, 20000, 0.0, 0.0015)]
    yield "gen-large-many-zeros", [_fill(rng, 20000, 0.2, 0.5)]
    yield "gen-large-unit-values", [[rng.choice((-1, 1)) for _ in range(20000)]]


def brute(nums):
    # Product of every subarray, extending each start one element at a time.
    best = nums[0]
    for i in range(len(nums)):
        product = 1
        for j in range(i, len(nums)):
            product *= nums[j]
            best = max(best, product)
    return best


BRUTE_MAX = 2000


def scale(n, rng):
    return [_fill(rng, n, 0.01, 0.01)]
