import random

BIG = 2**31 - 1


def generate():
    rng = random.Random(322)
    for i in range(7):
        k = rng.randint(1, 5)
        coins = rng.sample(range(1, 25), k)
        yield f"gen-small-{i}", [coins, rng.randint(0, 40)]
    # coins that share a factor: many amounts are unreachable
    yield "gen-small-even-coins", [[4, 6, 10], 37]
    yield "gen-medium-primes", [[7, 11, 13], 40]
    yield "gen-large-twelve-coins", [rng.sample(range(1, 500), 12), 10000]
    yield "gen-large-greedy-trap", [[1, 150, 397, 403], 9001]
    yield "gen-large-unreachable", [[6, 10, 14, 22, 26, 34], 9999]
    yield "gen-large-huge-coins", [[BIG, BIG - 1, 9973, 7919, 3, 5], 10000]
    yield "gen-large-only-ones", [[1], 10000]


def brute(coins, amount):
    # Try every combination of counts: how many of the first coin, then of the second...
    # and keep the smallest total that hits the amount exactly.
    coins = sorted(set(coins), reverse=True)
    best = None

    def search(i, remaining, used):
        nonlocal best
        if remaining == 0:
            if best is None or used < best:
                best = used
            return
        if i == len(coins):
            return
        for count in range(remaining // coins[i], -1, -1):
            search(i + 1, remaining - count * coins[i], used + count)

    search(0, amount, 0)
    return -1 if best is None else best


BRUTE_MAX = 40


def size(coins, amount):
    return amount


def scale(n, rng):
    return [rng.sample(range(1, 60), 6), n]
