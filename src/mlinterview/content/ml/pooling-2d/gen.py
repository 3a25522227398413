"""Seeded hidden cases for pooling-2d: random NCHW maps, both modes, several windows/strides."""
import numpy as np


def generate():
    rng = np.random.default_rng(9090)
    configs = [((1, 1, 4, 4), 2, 2, "max"), ((2, 3, 5, 7), 3, 1, "avg"), ((1, 2, 9, 9), 3, 3, "max"),
               ((3, 1, 8, 6), 2, 1, "avg"), ((2, 4, 11, 13), 5, 4, "max"), ((1, 3, 6, 6), 4, 2, "avg"),
               ((2, 2, 10, 10), 1, 1, "max")]
    for shape, k, s, mode in configs:
        x = rng.normal(size=shape) - 3.0  # mostly negative: catches a max that starts at 0
        yield f"{mode}-k{k}-s{s}-{'x'.join(map(str, shape))}", [x, k, s, mode]
    yield "large-8x32x64x64-max-k3-s2", [rng.normal(size=(8, 32, 64, 64)), 3, 2, "max"]
    yield "large-8x32x64x64-avg-k2-s1", [rng.normal(size=(8, 32, 64, 64)), 2, 1, "avg"]
    # The stated maxima: the largest window with the most windows (stride 1), and the largest
    # window with the largest stride.
    yield "max-8x32x64x64-avg-k7-s1", [rng.normal(size=(8, 32, 64, 64)), 7, 1, "avg"]
    yield "max-8x32x64x64-max-k7-s4", [rng.normal(size=(8, 32, 64, 64)) - 3.0, 7, 4, "max"]
