"""Seeded hidden cases for missing-value-imputation: random holes, skewed columns, empty columns."""
import numpy as np


def _holes(rng, X, rate):
    X = X.copy()
    X[rng.random(X.shape) < rate] = np.nan
    return X


def generate():
    rng = np.random.default_rng(4108)
    for strategy in ("mean", "median"):
        train = _holes(rng, rng.normal(size=(40, 5)), 0.2)
        test = _holes(rng, rng.normal(size=(15, 5)), 0.3)
        yield f"{strategy}-gaussian", [train, test, strategy]
        train = _holes(rng, rng.exponential(scale=100.0, size=(200, 4)), 0.4)
        test = _holes(rng, rng.exponential(scale=100.0, size=(60, 4)), 0.4)
        yield f"{strategy}-skewed", [train, test, strategy]
        train = _holes(rng, rng.integers(0, 10, size=(30, 6)).astype(float), 0.25)
        train[:, 2] = np.nan
        test = _holes(rng, rng.normal(size=(10, 6)), 0.5)
        yield f"{strategy}-empty-column", [train, test, strategy]
        train = _holes(rng, rng.normal(size=(16, 3)), 0.5)
        test = np.full((4, 3), np.nan)
        yield f"{strategy}-all-missing-test", [train, test, strategy]
        train = _holes(rng, rng.normal(size=(5000, 100)), 0.1)
        test = _holes(rng, rng.normal(size=(2000, 100)), 0.1)
        yield f"{strategy}-large", [train, test, strategy]
    # The stated maxima: 5000 rows on both sides, 100 columns, one of them never observed.
    train = _holes(rng, rng.lognormal(size=(5000, 100)), 0.3)
    train[:, 17] = np.nan
    test = _holes(rng, rng.lognormal(size=(5000, 100)), 0.3)
    yield "median-max-sizes", [train, test, "median"]
