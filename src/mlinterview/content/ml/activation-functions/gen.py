"""Seeded hidden cases for activation-functions: every activation on several shapes and ranges."""
import numpy as np

NAMES = ["sigmoid", "tanh", "relu", "leaky_relu", "gelu_tanh", "softplus"]


def generate():
    rng = np.random.default_rng(3434)
    for name in NAMES:
        yield f"{name}-normal-3x4", [rng.normal(scale=3.0, size=(3, 4)), name]
        x = rng.uniform(-1000, 1000, size=(2, 50, 10))
        x.flat[:5] = [0.0, 709.9, -709.9, 1000.0, -1000.0]
        yield f"{name}-wide-range", [x, name]
    yield "gelu-large-vector", [rng.normal(scale=4.0, size=1_000_000), "gelu_tanh"]
    yield "softplus-large-vector", [rng.normal(scale=30.0, size=1_000_000), "softplus"]
    # x may be a single number; this one sits at the stated bound |x| <= 1000
    yield "softplus-scalar-at-bound", [1000.0, "softplus"]
