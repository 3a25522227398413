"""Seeded hidden cases for bpe-encoding: merges learned (by the rules of the BPE training
problem) on one random corpus, then applied to words of another, including unseen characters."""
from collections import Counter

import numpy as np


def _train(freqs, num_merges):
    words = {tuple(w): f for w, f in freqs.items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for toks, f in words.items():
            for a, b in zip(toks, toks[1:]):
                pairs[a, b] += f
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        new = {}
        for toks, f in words.items():
            out, i = [], 0
            while i < len(toks):
                if i + 1 < len(toks) and (toks[i], toks[i + 1]) == best:
                    out.append(toks[i] + toks[i + 1])
                    i += 2
                else:
                    out.append(toks[i])
                    i += 1
            new[tuple(out)] = f
        words = new
        merges.append([best[0], best[1]])
    return merges


def _words(rng, n, alphabet, syllables, max_syl):
    return ["".join(rng.choice(syllables, size=int(rng.integers(1, max_syl + 1)))) for _ in range(n)]


def generate():
    rng = np.random.default_rng(4242)
    specs = [("ab-20-merges", "ab", 30, 20, 50, 4), ("abc-50-merges", "abc", 80, 50, 200, 5),
             ("letters-100-merges", "etaoinshr", 200, 100, 500, 4),
             ("long-words", "xyz", 60, 80, 300, 10),
             ("one-letter-alphabet", "a", 40, 10, 100, 6), ("three-merges-only", "abcd", 50, 3, 200, 4),
             ("unicode-letters", "αβγδé", 100, 60, 300, 4),
             ("large-200-merges-5000-words", "abcdefghijklmnopqrst", 400, 200, 5000, 5)]
    for name, alphabet, n_train, n_merges, n_words, max_syl in specs:
        syllables = ["".join(rng.choice(list(alphabet), size=int(rng.integers(1, 4))))
                     for _ in range(3 * len(alphabet))]
        corpus = _words(rng, n_train, alphabet, syllables, max_syl)
        counts = Counter(corpus)
        freqs = {w: counts[w] * int(rng.integers(1, 20)) for w in sorted(counts)}
        merges = _train(freqs, n_merges)
        words = _words(rng, n_words, alphabet, syllables, max_syl)
        # Some words with characters the merges have never seen.
        for i in range(0, n_words, 7):
            k = int(rng.integers(0, len(words[i]) + 1))
            words[i] = words[i][:k] + "Q" + words[i][k:]
        yield name, [merges, words]
        if name.startswith("large"):
            # The stated maxima: the same 200 merges on 5000 distinct words of 32 characters.
            long_words = set()
            while len(long_words) < 5000:
                word = "".join(_words(rng, 12, alphabet, syllables, max_syl))[:32]
                if len(word) == 32:
                    long_words.add(word)
            yield "max-5000-distinct-words-of-32", [merges, sorted(long_words)]
