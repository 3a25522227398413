"""Seeded two-sample data with random permutations."""
import numpy as np


def generate():
    rng = np.random.default_rng(2718)
    for name, n1, n2, P, shift, kind in [
        ("null-normal", 40, 60, 5000, 0.0, "normal"),
        ("shifted-normal", 30, 30, 5000, 0.8, "normal"),
        ("skewed", 100, 25, 4000, 0.5, "exponential"),
        ("integers-with-ties", 50, 50, 8000, 0.0, "integers"),
        ("large-groups", 1000, 1000, 2000, 0.05, "normal"),
        ("strong-effect-seeded", 20, 20, 10000, 3.0, "normal"),
        ("lopsided-a", 1999, 1, 2000, 0.0, "normal"),
        ("lopsided-b", 1, 1999, 2000, 1.0, "exponential"),
    ]:
        if kind == "normal":
            a, b = rng.normal(shift, 1.0, n1), rng.normal(0.0, 1.0, n2)
        elif kind == "exponential":
            a, b = rng.exponential(1.0 + shift, n1), rng.exponential(1.0, n2)
        else:
            a, b = rng.integers(0, 5, n1), rng.integers(0, 5, n2)
        perms = np.argsort(rng.random((P, n1 + n2)), axis=1)
        yield name, [a, b, perms]
