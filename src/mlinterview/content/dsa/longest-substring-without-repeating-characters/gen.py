"""Seeded hidden cases for longest-substring-without-repeating-characters.

Strings use printable ASCII: letters, digits, symbols and spaces.
"""
import random

BRUTE_MAX = 5000
N_MAX = 5 * 10**4
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def _text(n, rng, alphabet=PRINTABLE):
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate():
    rng = random.Random(3)
    for k in range(4):
        yield f"tiny-two-letters-{k + 1}", [_text(rng.randint(1, 8), rng, "ab")]
    for k in range(3):
        yield f"small-few-letters-{k + 1}", [_text(rng.randint(10, 60), rng, "abcde")]
    yield "small-printable", [_text(200, rng)]
    yield "medium-letters", [_text(3000, rng, "abcdefghijklmnopqrstuvwxyz")]
    yield "medium-space-heavy", [_text(3000, rng, " a b c d e f g")]
    yield "large-printable", [_text(N_MAX, rng)]
    yield "large-one-character", ["q" * N_MAX]
    cycle = list(PRINTABLE)
    rng.shuffle(cycle)
    cycle = "".join(cycle)
    yield "large-full-cycle", [(cycle * (N_MAX // len(cycle) + 1))[:N_MAX]]
    yield "large-two-letters", [_text(N_MAX, rng, "xy")]


def brute(s):
    """From every start, extend while the characters stay distinct."""
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best


def scale(n, rng):
    return [_text(n, rng)]
