"""Seeded hidden cases for embedding-bag-classifier: random documents with padding, some empty."""
import numpy as np


def _case(rng, vocab, dim, classes, pad, B, T, lr, pad_row_zero=True, empty_rows=1):
    emb = rng.normal(size=(vocab, dim)).round(4)
    if pad_row_zero:
        emb[pad] = 0.0
    bound = 1 / np.sqrt(dim)
    weights = {"embedding.weight": emb.tolist(),
               "fc.weight": rng.uniform(-bound, bound, size=(classes, dim)).round(5).tolist(),
               "fc.bias": rng.uniform(-bound, bound, size=classes).round(5).tolist()}
    real = [t for t in range(vocab) if t != pad]
    tokens = np.full((B, T), pad)
    for b in range(B):
        length = 0 if b < empty_rows else int(rng.integers(1, T + 1))
        tokens[b, :length] = rng.choice(real, size=length)
    labels = rng.integers(0, classes, size=B)
    return [vocab, dim, classes, pad, weights, tokens.tolist(), labels.tolist(), lr]


def generate():
    rng = np.random.default_rng(4242)
    yield "padding-zero-row", _case(rng, 20, 8, 3, 0, 6, 7, 0.5)
    yield "padding-last-id", _case(rng, 12, 4, 2, 11, 5, 5, 0.2, pad_row_zero=False)
    yield "largest", _case(rng, 50, 16, 5, 0, 16, 12, 1.0, pad_row_zero=False, empty_rows=2)
    yield "no-empty-rows", _case(rng, 30, 6, 4, 3, 8, 9, 0.1, empty_rows=0)
    yield "one-dim", _case(rng, 8, 1, 2, 0, 4, 6, 0.3)
