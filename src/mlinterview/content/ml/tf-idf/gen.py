"""Seeded hidden cases for tf-idf: Zipf-distributed words, vocabularies that include unseen terms
and miss some document words, empty documents."""
import numpy as np


def _corpus(rng, n_docs, n_words, max_len):
    words = [f"w{i}" for i in range(n_words)]
    p = 1 / np.arange(1, n_words + 1) ** 1.1
    p /= p.sum()
    docs = [" ".join(rng.choice(words, size=int(rng.integers(0, max_len + 1)), p=p)) for _ in range(n_docs)]
    return docs, words


def generate():
    rng = np.random.default_rng(8080)
    specs = [("5-docs", 5, 10, 8, 8), ("30-docs", 30, 50, 20, 40), ("100-docs", 100, 300, 50, 200),
             ("short-docs", 200, 100, 3, 80), ("one-doc", 1, 20, 15, 20), ("two-words", 50, 2, 10, 2),
             ("vocabulary-of-one", 20, 5, 6, 1), ("long-docs-small-vocab", 40, 8, 200, 8),
             ("large-1000-docs", 1000, 2000, 200, 998)]
    for name, n_docs, n_words, max_len, v in specs:
        docs, words = _corpus(rng, n_docs, n_words, max_len)
        # Vocabulary: a random subset of the words (some never occur) plus two unseen terms.
        vocab = list(rng.choice(words, size=min(v, n_words), replace=False)) + ["unseen1", "unseen2"]
        if name == "30-docs":
            docs[3] = ""
        yield name, [docs, [str(t) for t in vocab]]
