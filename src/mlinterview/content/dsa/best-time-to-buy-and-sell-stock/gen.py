"""Seeded hidden cases for best-time-to-buy-and-sell-stock."""
import random

BRUTE_MAX = 1000
P_MAX = 10**4
N_MAX = 10**5


def _prices(n, rng, lo=0, hi=P_MAX):
    return [rng.randint(lo, hi) for _ in range(n)]


def _walk(n, rng, drift=0):
    """A random walk kept within [0, P_MAX], like a real price chart."""
    p = rng.randint(0, P_MAX)
    out = []
    for _ in range(n):
        p = min(P_MAX, max(0, p + rng.randint(-50, 50) + drift))
        out.append(p)
    return out


def generate():
    rng = random.Random(121)
    for k in range(4):
        yield f"tiny-{k + 1}", [_prices(rng.randint(1, 6), rng, 0, 9)]
    for k in range(3):
        yield f"small-walk-{k + 1}", [_walk(rng.randint(20, 200), rng)]
    yield "medium-random", [_prices(1000, rng)]
    yield "medium-falling", [sorted(_prices(1000, rng), reverse=True)]
    yield "medium-peak-before-minimum", [sorted(_prices(500, rng, 100, 5000)) + [0]
                                         + _prices(499, rng, 0, 50)]
    yield "large-random", [_prices(N_MAX, rng)]
    yield "large-falling", [sorted(_prices(N_MAX, rng), reverse=True)]
    yield "large-walk", [_walk(N_MAX, rng)]
    yield "large-best-trade-early", [[0, P_MAX] + [rng.randint(0, P_MAX // 2) for _ in range(N_MAX - 2)]]


def brute(prices):
    """Every purchase day with every later sale day."""
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best


def scale(n, rng):
    return [_prices(max(n, 1), rng)]
