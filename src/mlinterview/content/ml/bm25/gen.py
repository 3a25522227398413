"""Seeded hidden cases for bm25: Zipf-distributed words (common terms in most documents), queries
mixing frequent, rare and unseen terms, several k1 and b."""
import numpy as np


def _case(rng, n_docs, n_words, max_len, n_queries, k1, b):
    words = [f"t{i}" for i in range(n_words)]
    p = 1 / np.arange(1, n_words + 1) ** 1.0
    p /= p.sum()
    docs = [" ".join(rng.choice(words, size=int(rng.integers(1, max_len + 1)), p=p)) for _ in range(n_docs)]
    queries = []
    for _ in range(n_queries):
        q = list(rng.choice(words, size=int(rng.integers(1, 6))))  # weighted uniformly: rare terms too
        if rng.uniform() < 0.2:
            q.append("never-seen")
        if rng.uniform() < 0.2:
            q.append(q[0])  # a repeated query term
        queries.append(" ".join(q))
    return [docs, queries, k1, b]


def generate():
    rng = np.random.default_rng(2525)
    specs = [("10-docs-default", 10, 8, 6, 5, 1.5, 0.75), ("50-docs-k1-1.2", 50, 40, 20, 20, 1.2, 0.75),
             ("b-0", 40, 30, 30, 10, 1.5, 0.0), ("b-1", 40, 30, 30, 10, 1.5, 1.0),
             ("k1-0", 30, 20, 10, 10, 0.0, 0.5), ("large-k1", 30, 20, 40, 10, 100.0, 0.75),
             ("few-words-high-df", 100, 4, 10, 10, 1.2, 0.75), ("single-document-seeded", 1, 5, 8, 5, 1.5, 0.75),
             ("large-2000-docs", 2000, 3000, 200, 200, 1.2, 0.75)]
    for name, n_docs, n_words, max_len, nq, k1, b in specs:
        yield name, _case(rng, n_docs, n_words, max_len, nq, k1, b)
    # Every stated maximum: 2000 documents of 200 tokens, 200 queries of 10 tokens.
    k1, b = 1.2, 0.75
    words = [f"t{i}" for i in range(5000)]
    p = _zipf(5000)
    docs = [" ".join(rng.choice(words, size=200, p=p)) for _ in range(2000)]
    queries = [" ".join(rng.choice(words[:2000], size=10)) for _ in range(200)]
    yield "max-2000-docs-200-tokens-200-queries-10-tokens", [docs, queries, k1, b]


def _zipf(n_words):
    p = 1 / np.arange(1, n_words + 1) ** 1.0
    return p / p.sum()
