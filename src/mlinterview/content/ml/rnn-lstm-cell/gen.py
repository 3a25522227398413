"""Seeded hidden cases for rnn-lstm-cell: both cells, several sequence/batch/width sizes."""
import numpy as np


def _case(rng, cell, T, N, D, H, scale=None):
    G = 4 if cell == "lstm" else 1
    k = scale if scale is not None else 1.0 / np.sqrt(H)  # PyTorch's default init range
    return [cell, rng.normal(size=(T, N, D)), rng.normal(scale=0.5, size=(N, H)),
            rng.normal(scale=0.5, size=(N, H)) if cell == "lstm" else np.zeros((N, H)),
            rng.uniform(-k, k, size=(G * H, D)), rng.uniform(-k, k, size=(G * H, H)),
            rng.uniform(-k, k, size=G * H), rng.uniform(-k, k, size=G * H)]


def generate():
    rng = np.random.default_rng(1313)
    for cell, T, N, D, H in [("rnn", 1, 1, 1, 1), ("lstm", 1, 1, 1, 1), ("rnn", 5, 2, 3, 4), ("lstm", 6, 3, 4, 5),
                             ("rnn", 20, 8, 10, 16), ("lstm", 30, 4, 8, 12)]:
        yield f"{cell}-T{T}-N{N}-D{D}-H{H}", _case(rng, cell, T, N, D, H)
    yield "lstm-large-weights", _case(rng, "lstm", 10, 4, 6, 8, scale=20.0)
    yield "large-lstm-T100-N32-D64-H64", _case(rng, "lstm", 100, 32, 64, 64)
