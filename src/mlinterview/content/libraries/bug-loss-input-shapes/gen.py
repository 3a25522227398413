"""Seeded hidden cases for bug-loss-input-shapes: padded batches of random lengths."""
import numpy as np


def _case(rng, n, length, classes, pad):
    logits = np.round(rng.normal(scale=2.0, size=(n, length, classes)), 4)
    tags = rng.integers(0, classes, size=(n, length))
    lengths = rng.integers(0, length + 1, size=n)
    lengths[0] = length  # at least one full sentence: the batch always has real tokens
    for i, k in enumerate(lengths):
        tags[i, k:] = pad
    flag_logits = np.round(rng.normal(scale=3.0, size=(n, 1)), 4)
    flags = rng.integers(0, 2, size=n)
    return [logits.tolist(), tags.tolist(), pad, flag_logits.tolist(), flags.tolist()]


def generate():
    rng = np.random.default_rng(8123)
    yield "largest", _case(rng, 8, 12, 6, -100)
    yield "ragged-pad-minus-one", _case(rng, 5, 7, 3, -1)
    yield "many-short-sentences", _case(rng, 8, 4, 2, -100)
