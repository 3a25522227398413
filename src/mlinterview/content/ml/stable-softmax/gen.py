"""Seeded hidden cases for stable-softmax: several shapes and axes, some with huge logits."""
import numpy as np


def generate():
    rng = np.random.default_rng(4101)
    yield "single-vector-50", [rng.normal(size=(1, 50)), 1]
    yield "matrix-rows", [rng.normal(scale=3.0, size=(30, 10)), 1]
    yield "matrix-columns", [rng.normal(scale=3.0, size=(12, 40)), 0]
    yield "matrix-negative-axis", [rng.normal(size=(8, 9)), -2]
    yield "tensor-middle-axis", [rng.normal(scale=5.0, size=(4, 6, 5)), 1]
    yield "tensor-last-axis", [rng.normal(size=(3, 4, 7)), -1]
    yield "huge-logits", [rng.uniform(500.0, 2000.0, size=(20, 15)), 1]
    yield "very-negative-logits", [rng.uniform(-5000.0, -1000.0, size=(15, 20)), 0]
    masked = rng.normal(scale=2.0, size=(25, 12))
    masked[rng.random(masked.shape) < 0.4] = -np.inf
    masked[:, 0] = rng.normal(size=25)  # keep one finite logit per row
    yield "masked-rows", [masked, 1]
    yield "large-batch", [rng.normal(scale=10.0, size=(400, 500)), 1]
    # The stated extremes: entries at both ends of [-1e4, 1e4] in one slice.
    x = rng.uniform(-1e4, 1e4, size=(6, 30))
    x[:, 0], x[:, 1] = 1e4, -1e4
    yield "extreme-entries", [x, 1]
