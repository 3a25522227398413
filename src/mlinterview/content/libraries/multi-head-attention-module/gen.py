"""Seeded hidden cases for multi-head-attention-module: shapes, head counts and masks."""
import numpy as np


def _case(rng, B, T, E, H, seed, causal, padded):
    x = np.round(np.clip(rng.normal(scale=1.5, size=(B, T, E)), -5, 5), 4).tolist()
    lengths = rng.integers(1, T + 1, size=B).tolist() if padded else None
    if padded:
        lengths[0] = T  # one sequence of full length
    return [x, E, H, seed, causal, lengths]


def generate():
    rng = np.random.default_rng(2718)
    yield "largest-causal-and-padding", _case(rng, 4, 10, 16, 4, 11, True, True)
    yield "largest-padding", _case(rng, 4, 10, 16, 4, 12, False, True)
    yield "head-dim-one", _case(rng, 2, 6, 4, 4, 13, False, False)
    yield "three-heads", _case(rng, 3, 5, 6, 3, 14, True, False)
