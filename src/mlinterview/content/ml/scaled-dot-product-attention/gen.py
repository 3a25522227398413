"""Seeded hidden cases for scaled-dot-product-attention: several shapes, both masks, large logits."""
import numpy as np


def _padding(rng, B, Lk):
    # Right padding: each sequence keeps a prefix of real keys (at least one), so with or
    # without the causal mask every query sees key 0.
    lengths = rng.integers(1, Lk + 1, size=B)
    return (np.arange(Lk)[None, :] >= lengths[:, None]).tolist()


def generate():
    rng = np.random.default_rng(2024)
    specs = [  # name, B, Lq, Lk, d_k, d_v, causal, padded, scale
        ("self-causal-4x16", 2, 4, 4, 16, 8, True, False, 1.0),
        ("cross-no-mask", 3, 5, 9, 8, 4, False, False, 1.0),
        ("self-padded", 4, 12, 12, 32, 32, False, True, 1.0),
        ("self-causal-padded", 4, 12, 12, 16, 24, True, True, 1.0),
        ("causal-lq-lt-lk", 2, 6, 10, 8, 8, True, True, 1.0),
        ("causal-lq-gt-lk", 2, 10, 6, 8, 8, True, False, 1.0),
        ("single-key", 3, 7, 1, 4, 5, False, False, 1.0),
        ("large-logits", 2, 8, 8, 16, 8, True, True, 30.0),
        ("dk-1", 2, 5, 5, 1, 3, False, True, 1.0),
        ("large-8x256x64", 8, 256, 256, 64, 64, True, True, 1.0),
    ]
    for name, B, Lq, Lk, dk, dv, causal, padded, scale in specs:
        Q = scale * rng.normal(size=(B, Lq, dk))
        K = scale * rng.normal(size=(B, Lk, dk))
        V = rng.normal(size=(B, Lk, dv))
        yield name, [Q, K, V, causal, _padding(rng, B, Lk) if padded else None]
    # The stated maxima: 8 sequences of 256 queries and keys, d_k = d_v = 128, both masks.
    B, L, d = 8, 256, 128
    Q, K, V = (rng.normal(size=(B, L, d)) for _ in range(3))
    yield "max-8x256x256-d128", [Q, K, V, True, _padding(rng, B, L)]
