"""Seeded hidden cases for gaussian-mixture-em: anisotropic blobs, starts from data points."""
import numpy as np


def _mixture(rng, n, d, K, scale=6.0):
    centers = rng.normal(scale=scale, size=(K, d))
    mixing = rng.dirichlet(np.full(K, 3.0))
    which = rng.choice(K, size=n, p=mixing)
    shapes = rng.normal(size=(K, d, d)) * 0.6 + np.eye(d)
    return centers[which] + np.einsum("nij,nj->ni", shapes[which], rng.normal(size=(n, d)))


def _start(rng, X, K, var=1.0):
    means = X[rng.choice(len(X), size=K, replace=False)].copy()
    covs = np.stack([var * np.eye(X.shape[1])] * K)
    return np.full(K, 1.0 / K), means, covs


def generate():
    rng = np.random.default_rng(7373)
    for n, d, K, iters in [(30, 1, 2, 10), (80, 2, 3, 20), (150, 3, 3, 5), (300, 2, 4, 40),
                           (400, 4, 5, 25)]:
        X = _mixture(rng, n, d, K)
        yield f"mixture-{n}x{d}-K{K}-iters{iters}", [X, *_start(rng, X, K, var=4.0), iters, 1e-6]
    X = _mixture(rng, 200, 2, 3)
    yield "tight-start-underflow", [X, *_start(rng, X, 3, var=1e-3), 15, 1e-6]
    X = _mixture(rng, 120, 3, 2) * 1e-3
    yield "small-scale-data", [X, *_start(rng, X, 2, var=1e-6), 20, 1e-9]
    X = _mixture(rng, 250, 2, 2)
    w, m, c = _start(rng, X, 2, var=4.0)
    yield "strong-regularisation", [X, w, m, c, 30, 1e-2]
    X = _mixture(rng, 1500, 6, 4)
    yield "large-1500x6-K4", [X, *_start(rng, X, 4, var=9.0), 80, 1e-6]
    # The stated maxima, within n * K * n_iters <= 5 * 10^5: all rows, dimensions and
    # components for 30 iterations, and the most iterations on 300 rows.
    # Each component starts at a point of its own cluster, so none collapses onto a few points.
    X, means = _clusters_with_starts(rng, 2000, 8, 8)
    yield "max-2000x8-K8-iters30", [X, np.full(8, 1 / 8), means, np.stack([9.0 * np.eye(8)] * 8), 30, 1e-6]
    X, means = _clusters_with_starts(rng, 300, 8, 8)
    yield "max-iters-300x8-K8-iters200", [X, np.full(8, 1 / 8), means, np.stack([9.0 * np.eye(8)] * 8),
                                          200, 1e-2]


def _clusters_with_starts(rng, n, d, K):
    centers = rng.normal(scale=8.0, size=(K, d))
    which = np.arange(n) % K  # balanced clusters
    shapes = rng.normal(size=(K, d, d)) * 0.6 + np.eye(d)
    X = centers[which] + np.einsum("nij,nj->ni", shapes[which], rng.normal(size=(n, d)))
    return X, X[:K].copy()  # row k belongs to cluster k
