"""Seeded hidden cases for cosine-similarity-retrieval: Gaussian and clustered embeddings, zero
rows, k from 1 to n_d. Inputs are redrawn until no two of the first k + 1 ranked scores of any
query are within 1e-9 of each other without being exactly equal, so rounding cannot reorder a
correct answer."""
import numpy as np


def _ambiguous(Q, D, k):
    def unit(X):
        n = np.sqrt((X * X).sum(axis=1, keepdims=True))
        return X / np.where(n > 0, n, 1.0)

    s = -np.sort(-(unit(Q) @ unit(D).T), axis=1)[:, : k + 1]
    gaps = np.abs(np.diff(s, axis=1))
    return bool(((gaps > 0) & (gaps < 1e-9)).any())


def _draw(rng, n_q, n_d, d, clustered, zero_docs):
    if clustered:
        centers = rng.normal(size=(8, d))
        D = centers[rng.integers(0, 8, size=n_d)] + 0.3 * rng.normal(size=(n_d, d))
        Q = centers[rng.integers(0, 8, size=n_q)] + 0.3 * rng.normal(size=(n_q, d))
    else:
        D, Q = rng.normal(size=(n_d, d)), rng.normal(size=(n_q, d))
    for i in rng.choice(n_d, size=zero_docs, replace=False):
        D[i] = 0.0
    return Q, D


def generate():
    rng = np.random.default_rng(7070)
    specs = [("gaussian-5x20-k3", 5, 20, 8, 3, False, 0), ("gaussian-k1", 10, 50, 16, 1, False, 0),
             ("k-equals-n-docs", 4, 12, 5, 12, False, 2), ("clustered-64d", 20, 300, 64, 10, True, 0),
             ("zero-documents", 8, 40, 4, 40, False, 5), ("one-dimension", 6, 10, 1, 10, False, 0),
             ("single-document-seeded", 3, 1, 6, 1, False, 0),
             ("large-200x3000x128-k10", 200, 3000, 128, 10, True, 3),
             # k at its maximum (every document ranked); fewer queries keep near-ties unlikely
             ("max-k-3000-docs", 10, 3000, 128, 3000, False, 2)]
    for name, n_q, n_d, d, k, clustered, zeros in specs:
        while True:
            Q, D = _draw(rng, n_q, n_d, d, clustered, zeros)
            if not _ambiguous(Q, D, k):
                break
        yield name, [Q, D, k]
