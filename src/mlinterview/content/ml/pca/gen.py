"""Seeded hidden cases for pca: data with a chosen, well-separated spectrum."""
import numpy as np


def _data(rng, n, d, spectrum, offset=0.0):
    # Random rotation of independent features with the given standard deviations.
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    Z = rng.normal(size=(n, d)) * np.asarray(spectrum, dtype=float)
    return Z @ q.T + offset + rng.normal(size=d) * offset * 1e-3


def generate():
    rng = np.random.default_rng(8484)
    yield "tall-100x3-k1", [_data(rng, 100, 3, [5.0, 2.0, 0.5]), 1]
    yield "tall-200x5-k3", [_data(rng, 200, 5, [9.0, 6.0, 4.0, 1.0, 0.3]), 3]
    yield "square-30x30-k5", [_data(rng, 30, 30, np.geomspace(20, 0.1, 30)), 5]
    yield "wide-20x50-k4", [_data(rng, 20, 50, np.geomspace(30, 0.5, 50)), 4]
    yield "offset-1e6-k2", [_data(rng, 500, 6, [50.0, 20.0, 5.0, 2.0, 1.0, 0.5], offset=1e6), 2]
    X = _data(rng, 300, 8, np.geomspace(10, 0.2, 8))
    X[:, 3] = 2.5  # a constant column
    yield "constant-column-k3", [X, 3]
    X = _data(rng, 400, 4, [3.0, 1.5, 1.0, 0.5]) * np.array([1e3, 1.0, 1e-2, 10.0])
    yield "mixed-scales-k4", [X, 4]
    yield "large-3000x200-k10", [_data(rng, 3000, 200, np.geomspace(100, 0.01, 200)), 10]
    # The stated maxima: all 200 components of 3000 points, with an offset and a spectrum
    # whose eigenvalues stay apart, so every component is well defined.
    yield "max-3000x200-k200", [_data(rng, 3000, 200, np.geomspace(20, 1, 200), offset=1e3), 200]
    # The statement's largest offsets: means around 1e8, where E[x^2] - E[x]^2 loses every digit.
    yield "offset-1e8-k3", [_data(rng, 800, 5, [40.0, 15.0, 6.0, 2.0, 0.7], offset=1e8), 3]
