"""Seeded hidden cases for valid-anagram."""
import random
import string

BRUTE_MAX = 2000
N_MAX = 5 * 10**4
LETTERS = string.ascii_lowercase


def size(s, t):
    return len(s) + len(t)


def _word(n, rng, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(s, rng):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def _swap_one_letter(s, rng, at=None):
    """The same string with one letter replaced by a different one (not an anagram)."""
    i = rng.randrange(len(s)) if at is None else at
    other = rng.choice([c for c in LETTERS if c != s[i]])
    return s[:i] + other + s[i + 1:]


def generate():
    rng = random.Random(242)
    for k in range(3):
        s = _word(rng.randint(1, 8), rng, "abc")
        yield f"tiny-anagram-{k + 1}", [s, _shuffled(s, rng)]
    for k in range(3):
        yield f"tiny-random-pair-{k + 1}", [_word(4, rng, "ab"), _word(4, rng, "ab")]
    s = _word(300, rng)
    yield "small-anagram", [s, _shuffled(s, rng)]
    s = _word(300, rng)
    yield "small-one-letter-changed", [s, _shuffled(_swap_one_letter(s, rng), rng)]
    s = _word(1000, rng, "xy")
    yield "medium-two-letters-off-by-one", [s, _shuffled(_swap_one_letter(s, rng), rng)]
    s = _word(500, rng)
    yield "medium-length-differs", [s, _shuffled(s, rng) + "q"]
    s = _word(N_MAX, rng)
    yield "large-anagram", [s, _shuffled(s, rng)]
    s = _word(N_MAX, rng)
    yield "large-last-letter-differs", [s, _swap_one_letter(s, rng, at=N_MAX - 1)]
    yield "large-single-letter", ["z" * N_MAX, "z" * N_MAX]


def brute(s, t):
    """Sort both strings and compare."""
    return sorted(s) == sorted(t)


def scale(n, rng):
    half = max(n // 2, 1)
    s = _word(half, rng)
    return [s, _shuffled(s, rng)]
