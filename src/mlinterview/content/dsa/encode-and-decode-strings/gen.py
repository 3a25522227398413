"""Seeded hidden cases for encode-and-decode-strings.

Strings use all 256 character codes (0-255). Several alphabets stress the usual separators:
digits, '#', commas, backslashes and control characters.
"""
import random

MAX_COUNT = 200
MAX_LEN = 200
ALL_CHARS = "".join(chr(c) for c in range(256))
TRICKY = "0123456789#,;|\\/ \n\t\x00"


def size(strs):
    return sum(len(w) for w in strs) + len(strs)


def _word(length, rng, alphabet=ALL_CHARS):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _words(count, rng, max_len=MAX_LEN, alphabet=ALL_CHARS, empty_share=0.1):
    out = []
    for _ in range(count):
        if rng.random() < empty_share:
            out.append("")
        else:
            out.append(_word(rng.randint(1, max_len), rng, alphabet))
    return out


def generate():
    rng = random.Random(271)
    for k in range(3):
        yield f"few-short-any-chars-{k + 1}", [_words(rng.randint(1, 5), rng, max_len=6)]
    for k in range(3):
        yield f"tricky-separators-{k + 1}", [_words(rng.randint(3, 12), rng, 10, TRICKY)]
    yield "many-digit-strings", [_words(20, rng, max_len=15, alphabet="0123456789")]
    yield "hash-and-digits", [_words(30, rng, max_len=12, alphabet="#0123456789")]
    yield "mostly-empty", [_words(50, rng, max_len=3, empty_share=0.8)]
    yield "all-empty-max-count", [[""] * MAX_COUNT]
    yield "one-max-length", [[_word(MAX_LEN, rng)]]
    yield "max-count-max-length", [_words(MAX_COUNT, rng, empty_share=0.0)]
    yield "max-count-mixed-lengths", [_words(MAX_COUNT, rng, empty_share=0.2)]
    yield "max-count-tricky", [_words(MAX_COUNT, rng, alphabet=TRICKY, empty_share=0.05)]


def brute(strs):
    """The round trip must give back exactly the input list."""
    return list(strs)


def scale(n, rng):
    # Strings of 100 characters, as many as needed for about n characters in total. Past
    # 20,000 characters this goes beyond the 200-string limit on purpose: the growth check
    # needs the input to keep growing.
    count = max(1, n // 100)
    return [[_word(min(n, 100), rng) for _ in range(count)]]
