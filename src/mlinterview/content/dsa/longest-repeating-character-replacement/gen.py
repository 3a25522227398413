"""Seeded hidden cases for longest-repeating-character-replacement."""
import random
import string

BRUTE_MAX = 1000
N_MAX = 10**5
UPPER = string.ascii_uppercase


def _text(n, rng, alphabet=UPPER):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mostly(n, rng, letter, share):
    """Mostly one letter, with other letters sprinkled in."""
    return "".join(letter if rng.random() < share else rng.choice(UPPER) for _ in range(n))


def generate():
    rng = random.Random(424)
    for k in range(4):
        n = rng.randint(1, 8)
        yield f"tiny-{k + 1}", [_text(n, rng, "ABC"[: rng.randint(2, 3)]), rng.randint(0, min(3, n))]
    for k in range(3):
        n = rng.randint(20, 200)
        yield f"small-random-{k + 1}", [_text(n, rng, UPPER[: rng.randint(2, 26)]), rng.randint(0, 10)]
    yield "small-k-equals-length", [_text(50, rng), 50]
    yield "medium-no-changes", [_text(1000, rng, "AB"), 0]
    yield "medium-mostly-one-letter", [_mostly(1000, rng, "M", 0.8), 20]
    yield "large-all-letters-k-zero", [_text(N_MAX, rng), 0]
    yield "large-two-letters-big-k", [_text(N_MAX, rng, "AB"), 20_000]
    yield "large-mostly-one-letter", [_mostly(N_MAX, rng, "E", 0.9), 500]
    yield "large-k-equals-length", [_text(N_MAX, rng), N_MAX]


def brute(s, k):
    """Every window s[i..j]: valid when its length minus its top letter count is at most k."""
    best = 0
    for i in range(len(s)):
        counts = {}
        top = 0
        for j in range(i, len(s)):
            counts[s[j]] = counts.get(s[j], 0) + 1
            top = max(top, counts[s[j]])
            if j - i + 1 - top <= k:
                best = max(best, j - i + 1)
    return best


def scale(n, rng):
    n = max(n, 1)
    return [_text(n, rng, "ABC"), n // 10]
