"""Seeded cases for training-loop-sgd: Gaussian blobs, given initial weights and epoch orders."""
import numpy as np


def initial_weights(rng, d, h, c):
    """A full state_dict for Linear(d, h), BatchNorm1d(h), ReLU, Linear(h, c), as nested lists."""
    b1, b2 = 1 / np.sqrt(d), 1 / np.sqrt(h)
    return {"0.weight": rng.uniform(-b1, b1, size=(h, d)).round(5).tolist(),
            "0.bias": rng.uniform(-b1, b1, size=h).round(5).tolist(),
            "1.weight": (1 + 0.1 * rng.normal(size=h)).round(4).tolist(),
            "1.bias": (0.1 * rng.normal(size=h)).round(4).tolist(),
            "1.running_mean": [0.0] * h,
            "1.running_var": [1.0] * h,
            "1.num_batches_tracked": 0,
            "3.weight": rng.uniform(-b2, b2, size=(c, h)).round(5).tolist(),
            "3.bias": rng.uniform(-b2, b2, size=c).round(5).tolist()}


def _case(rng, n, m, d, h, c, epochs, batch_size, lr, momentum):
    assert n % batch_size != 1, "every batch needs two rows for BatchNorm"
    centers = rng.normal(scale=2.0, size=(c, d))
    y = rng.integers(0, c, size=n + m)
    y[:c] = np.arange(c)  # every class appears in training
    X = (centers[y] + rng.normal(size=(n + m, d))).round(4)
    orders = [rng.permutation(n).tolist() for _ in range(epochs)]
    return [X[:n].tolist(), y[:n].tolist(), X[n:].tolist(), y[n:].tolist(),
            initial_weights(rng, d, h, c), orders, batch_size, lr, momentum]


def generate():
    rng = np.random.default_rng(2718)
    #        id                       n   m   d  h   c  ep  bs  lr    mom
    specs = [("uneven-last-batch",    10, 6,  3, 8,  2, 3,  4,  0.1,  0.0),
             ("momentum",             40, 20, 5, 12, 3, 4,  10, 0.05, 0.9),
             ("batches-of-two",       12, 8,  2, 6,  2, 2,  2,  0.05, 0.5),
             ("one-batch-per-epoch",  20, 10, 4, 8,  3, 5,  64, 0.5,  0.0),
             ("uneven-with-momentum", 30, 12, 4, 10, 4, 3,  7,  0.1,  0.8),
             ("largest",              64, 32, 8, 16, 4, 6,  16, 0.05, 0.9)]
    for name, *spec in specs:
        yield name, _case(rng, *spec)
