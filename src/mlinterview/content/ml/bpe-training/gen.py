"""Seeded hidden cases for bpe-training: Zipf-like vocabularies over small alphabets (so pairs
repeat and ties happen), built from random syllables."""
import numpy as np


def _vocabulary(rng, n_words, alphabet, max_syllables, zipf=1.1):
    syllables = ["".join(rng.choice(list(alphabet), size=rng.integers(1, 4)))
                 for _ in range(3 * len(alphabet))]
    words = set()
    while len(words) < n_words:
        k = int(rng.integers(1, max_syllables + 1))
        words.add("".join(rng.choice(syllables, size=k)))
    words = sorted(words)
    rng.shuffle(words)
    # Zipf-like counts: the r-th word gets about C / r^zipf occurrences.
    counts = np.maximum(1, (1000 / np.arange(1, n_words + 1) ** zipf).astype(int))
    return {w: int(c) for w, c in zip(words, counts)}


def generate():
    rng = np.random.default_rng(1234)
    specs = [("small-ab", 10, "ab", 4, 10), ("abc-30-words", 30, "abc", 5, 25),
             ("letters-100-words", 100, "etaoinshrdlu", 4, 60), ("long-words", 40, "xyz", 8, 80),
             ("flat-counts-many-ties", 60, "abcd", 3, 40), ("runs-out-of-pairs-seeded", 8, "ab", 2, 100),
             ("unicode-letters", 50, "éàüßçø", 3, 50), ("large-400-words", 400, "abcdefghijklmnop", 5, 100)]
    for name, n, alphabet, syl, merges in specs:
        freqs = _vocabulary(rng, n, alphabet, syl)
        if name == "flat-counts-many-ties":
            freqs = {w: int(rng.integers(1, 4)) for w in freqs}
        yield name, [freqs, merges]
    # The stated maxima: 400 distinct words of 12 to 24 characters (some of exactly 24), 100 merges.
    freqs = _vocabulary(rng, 400, "abcdefghijklmnop", 12)
    long_words = {(w * 4)[: int(rng.integers(12, 25))] for w in freqs}
    long_words |= {(w * 8)[:24] for w in list(freqs)[:20]}
    words = sorted(long_words)[:400]
    yield "max-400-words-of-24-100-merges", [{w: int(rng.integers(1, 50)) for w in words}, 100]
