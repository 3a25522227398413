"""Seeded hidden cases for xavier-he-init: dense and convolution shapes, all four schemes."""
import numpy as np

SCHEMES = ["xavier_uniform", "xavier_normal", "he_uniform", "he_normal"]


def generate():
    rng = np.random.default_rng(4545)
    shapes = [[5, 3], [3, 5], [64, 32], [16, 3, 3, 3], [8, 4, 5], [4, 2, 3, 3, 3], [128, 256, 1, 1],
              [1, 1024]]
    for k, shape in enumerate(shapes):
        scheme = SCHEMES[k % 4]
        draws = rng.random(shape) if scheme.endswith("uniform") else rng.standard_normal(shape)
        yield f"{scheme}-{'x'.join(map(str, shape))}", [shape, scheme, draws]
    shape = [512, 256, 3, 3]
    yield "large-conv-he-uniform", [shape, "he_uniform", rng.random(shape)]
    # The stated maxima: 4,000,000 weights.
    shape = [1000, 1000, 2, 2]
    yield "max-4m-weights-xavier-normal", [shape, "xavier_normal", rng.standard_normal(shape)]
