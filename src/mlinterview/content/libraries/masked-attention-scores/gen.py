"""Seeded hidden cases for masked-attention-scores: random q, k, v and padding masks."""
import numpy as np


def _case(rng, B, Tq, Tk, d, dv, causal, scale=1.0, left_pad=False, all_pad_row=False):
    q = (scale * rng.normal(size=(B, Tq, d))).clip(-10, 10).round(4)
    k = (scale * rng.normal(size=(B, Tk, d))).clip(-10, 10).round(4)
    v = rng.uniform(-10, 10, size=(B, Tk, dv)).round(4)
    mask = np.zeros((B, Tk), dtype=bool)
    for b in range(B):
        pad = int(rng.integers(0, Tk))  # at least one real key per sequence
        if left_pad:
            mask[b, :pad] = True
        elif pad:
            mask[b, Tk - pad:] = True
    if all_pad_row:
        mask[B - 1, :] = True
    return [q.tolist(), k.tolist(), v.tolist(), mask.tolist(), causal]


def generate():
    rng = np.random.default_rng(1234)
    yield "cross-attention", _case(rng, 3, 4, 7, 5, 3, False)
    yield "causal-right-padding", _case(rng, 4, 6, 6, 8, 4, True)
    yield "causal-left-padding-batch", _case(rng, 3, 5, 5, 4, 2, True, left_pad=True)
    yield "largest", _case(rng, 8, 16, 16, 16, 16, True, all_pad_row=True)
    yield "large-scores", _case(rng, 2, 5, 9, 16, 3, False, scale=3.0)
    yield "with-empty-sequence", _case(rng, 3, 3, 8, 2, 5, False, all_pad_row=True)
