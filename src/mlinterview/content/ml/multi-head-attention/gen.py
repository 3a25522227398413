"""Seeded hidden cases for multi-head-attention: self- and cross-attention, causal or not."""
import numpy as np


def _weights(rng, E):
    # Roughly Xavier-scaled projections (non-symmetric, so a missing transpose shows).
    W = [rng.normal(scale=1 / np.sqrt(E), size=(E, E)) for _ in range(4)]
    b = [0.1 * rng.normal(size=E) for _ in range(4)]
    return W, b


def generate():
    rng = np.random.default_rng(3131)
    specs = [  # name, B, Lq, Lk, E, H, causal, self_attention
        ("self-1-head", 2, 5, 5, 8, 1, False, True),
        ("self-causal-4-heads", 2, 7, 7, 16, 4, True, True),
        ("cross-2-heads", 3, 4, 9, 12, 2, False, False),
        ("cross-causal-lq-gt-lk-seeded", 2, 9, 4, 12, 3, True, False),
        ("head-size-1", 1, 6, 6, 8, 8, True, True),
        ("single-token-seeded", 4, 1, 1, 6, 2, True, True),
        ("many-heads", 2, 16, 16, 64, 16, False, True),
        ("large-8x128x256-8-heads", 8, 128, 128, 256, 8, True, True),
    ]
    for name, B, Lq, Lk, E, H, causal, self_attn in specs:
        W, b = _weights(rng, E)
        x = rng.normal(size=(B, Lq, E))
        if self_attn:
            q = k = v = x
        else:
            q, k, v = x, rng.normal(size=(B, Lk, E)), rng.normal(size=(B, Lk, E))
        yield name, [q, k, v, W[0], b[0], W[1], b[1], W[2], b[2], W[3], b[3], H, causal]
