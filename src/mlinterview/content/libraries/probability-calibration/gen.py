"""Seeded hidden cases for probability-calibration: two classes whose features are strongly
correlated copies of one signal, which naive Bayes counts several times over, so its
probabilities are pushed to 0 and 1 (badly calibrated)."""

import numpy as np


def data(rng, n, d, shift, noise):
    y = (rng.uniform(size=n) < 0.4).astype(int)
    signal = rng.normal(size=n) + shift * y
    X = signal[:, None] + noise * rng.normal(size=(n, d))
    return np.round(X, 4), y


def generate():
    rng = np.random.default_rng(1107)
    for n, m, d, shift, noise, method, cv, bins in [
        (300, 200, 4, 1.2, 0.3, "sigmoid", 5, 10),
        (300, 200, 4, 1.2, 0.3, "isotonic", 5, 10),
        (120, 80, 3, 1.5, 0.5, "isotonic", 3, 5),
        (200, 150, 2, 0.8, 0.2, "sigmoid", 2, 8),
    ]:
        X, y = data(rng, n + m, d, shift, noise)
        yield f"{method}-{n}rows-{d}features-cv{cv}-{bins}bins", [X[:n], y[:n], X[n:], y[n:], method, cv, bins]
