"""Seeded hidden cases for group-anagrams."""
import random
from collections import Counter

BRUTE_MAX = 1500
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, lo, hi, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def _shuffled(word, rng):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def _words(n, n_bases, rng, lo, hi, alphabet=LETTERS):
    """n words drawn as random rearrangements of n_bases base words."""
    bases = [_word(rng, lo, hi, alphabet) for _ in range(n_bases)]
    return [_shuffled(rng.choice(bases), rng) for _ in range(n)]


def generate():
    rng = random.Random(49)
    for k, (n, bases) in enumerate(((1, 1), (3, 2), (6, 3), (10, 4), (15, 10))):
        yield f"small-random-{k + 1}", [_words(n, bases, rng, 0, 5)]
    yield "small-two-letter-alphabet", [[_word(rng, 0, 4, "ab") for _ in range(40)]]
    yield "medium-few-groups", [_words(1000, 5, rng, 3, 8)]
    yield "medium-mostly-singletons", [[_word(rng, 4, 9) for _ in range(1500)]]
    yield "medium-long-words", [_words(400, 30, rng, 90, 100)]
    yield "large-all-distinct-groups", [[_word(rng, 6, 12) for _ in range(10_000)]]
    yield "large-long-words", [_words(10_000, 3000, rng, 95, 100)]
    yield "large-one-group", [_words(10_000, 1, rng, 100, 100)]
    yield "large-many-empty-and-short", [[_word(rng, 0, 2, "abc") for _ in range(10_000)]]


def brute(strs):
    """Compare letter counts of each word with those of every group found so far."""
    groups = []  # (letter counts, members)
    for s in strs:
        counts = Counter(s)
        for group_counts, members in groups:
            if group_counts == counts:
                members.append(s)
                break
        else:
            groups.append((counts, [s]))
    return [members for _, members in groups]


def scale(n, rng):
    return [[_word(rng, 6, 12) for _ in range(max(n, 1))]]
