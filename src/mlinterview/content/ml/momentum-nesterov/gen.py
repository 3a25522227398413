"""Seeded hidden cases for momentum-nesterov: ill-conditioned quadratics, both variants."""
import numpy as np


def _quadratic(rng, d, condition):
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    eigenvalues = np.geomspace(1.0, condition, d)
    return (q * eigenvalues) @ q.T, rng.normal(size=d)


def generate():
    rng = np.random.default_rng(4115)
    specs = [("narrow-valley", 2, 50.0, 0.015, 0.9, 60), ("five-dims", 5, 10.0, 0.05, 0.8, 40),
             ("high-momentum", 3, 100.0, 0.005, 0.99, 200), ("zero-momentum", 4, 5.0, 0.1, 0.0, 30),
             ("size-100", 100, 1000.0, 0.0008, 0.95, 500)]
    for name, d, condition, lr, momentum, steps in specs:
        A, b = _quadratic(rng, d, condition)
        w0 = rng.normal(size=d)
        for nesterov in (False, True):
            yield f"{name}-{'nesterov' if nesterov else 'heavy-ball'}", [A, b, w0, lr, momentum, nesterov, steps]
    # The stated maxima: 100 dimensions, 2000 steps.
    A, b = _quadratic(rng, 100, 200.0)
    yield "max-100-dims-2000-steps-nesterov", [A, b, rng.normal(size=100), 0.004, 0.9, True, 2000]
