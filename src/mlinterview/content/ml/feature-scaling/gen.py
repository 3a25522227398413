"""Seeded hidden cases for feature-scaling: both methods, shifted test sets, constant columns."""
import numpy as np


def _pair(rng, n_train, n_test, d, loc=0.0, scale=1.0):
    train = loc + scale * rng.normal(size=(n_train, d))
    test = loc + scale * rng.normal(loc=0.5, size=(n_test, d))   # a slightly shifted test set
    return train, test


def generate():
    rng = np.random.default_rng(4106)
    for method in ("standard", "minmax"):
        train, test = _pair(rng, 50, 20, 4)
        yield f"{method}-gaussian", [train, test, method]
        train, test = _pair(rng, 200, 80, 6, loc=1e4, scale=np.array([1e-2, 1, 10, 100, 1e3, 5]))
        yield f"{method}-mixed-scales", [train, test, method]
        train, test = _pair(rng, 30, 10, 5)
        train[:, 1] = 0.1
        train[:, 3] = -7.0
        yield f"{method}-constant-columns", [train, test, method]
        train = rng.uniform(0, 1, size=(100, 3))
        test = rng.uniform(-2, 3, size=(40, 3))
        yield f"{method}-test-outside-range", [train, test, method]
        train, test = _pair(rng, 5000, 5000, 100)  # the stated maxima
        yield f"{method}-large", [train, test, method]
