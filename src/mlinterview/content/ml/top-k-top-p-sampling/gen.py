"""Seeded hidden cases for top-k-top-p-sampling. u and top_p are re-drawn until they sit at least
1e-6 away from every cumulative sum the reference compares them with, so float rounding in a
correct solution cannot change the answer."""
import numpy as np


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def _filtered(logits, T, k, p):
    # The reference's pipeline, returning the distribution before the draw and the sorted masses
    # that top-p compares with p.
    probs = _softmax(logits / T)
    V = len(probs)
    if 0 < k < V:
        order = np.argsort(-probs, kind="stable")
        keep = np.zeros(V, bool)
        keep[order[:k]] = True
        probs = np.where(keep, probs, 0)
        probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    mass = np.cumsum(probs[order])
    if p < 1:
        n = min(int(np.searchsorted(mass, p)) + 1, V)
        keep = np.zeros(V, bool)
        keep[order[:n]] = True
        probs = np.where(keep, probs, 0)
        probs /= probs.sum()
    return probs, mass


def _far(x, values, gap=1e-6):
    return np.all(np.abs(values - x) > gap)


def generate():
    rng = np.random.default_rng(9090)
    specs = [  # name, V, logit scale, T, top_k, top_p
        ("plain-softmax-50", 50, 2.0, 1.0, 0, 1.0),
        ("hot-temperature", 100, 3.0, 2.5, 0, 1.0),
        ("cold-temperature", 100, 1.0, 0.3, 0, 1.0),
        ("top-k-only", 200, 2.0, 1.0, 10, 1.0),
        ("top-p-only", 500, 2.0, 0.8, 0, 0.9),
        ("top-k-then-top-p", 1000, 3.0, 0.7, 50, 0.8),
        ("top-k-1", 30, 1.0, 1.0, 1, 0.5),
        ("top-k-above-V", 20, 1.0, 1.0, 40, 0.95),
        ("small-top-p", 300, 1.0, 1.0, 0, 0.05),
        ("huge-logits", 64, 1000.0, 1.0, 5, 0.99),
        ("vocab-50257", 50257, 4.0, 0.9, 40, 0.92),
        ("vocab-200000", 200000, 3.0, 1.0, 0, 0.95),
    ]
    for name, V, scale, T, k, p in specs:
        logits = scale * rng.normal(size=V)
        while True:
            probs, mass = _filtered(logits, T, k, p)
            if p == 1.0 or _far(p, mass):
                break
            p = float(np.clip(p + rng.uniform(-0.02, 0.02), 0.01, 0.99))
        cdf = np.cumsum(probs)
        while True:
            u = float(rng.uniform())
            if _far(u, cdf):
                break
        yield name, [logits, T, k, p, u]
    # Ties: integer logits with many repeats; ask for a k that cuts through a tied group.
    logits = rng.integers(0, 4, size=40).astype(float)
    yield "many-ties", [logits, 1.0, 7, 1.0, 0.6180339887]
    yield "greedy-temperature-0", [rng.normal(size=1000), 0.0, 0, 1.0, 0.5]
