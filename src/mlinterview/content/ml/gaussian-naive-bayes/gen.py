"""Seeded hidden cases: Gaussian classes of several shapes, some test points far away."""
import numpy as np


def _case(rng, n, m, d, classes, smoothing, far=False):
    labels = np.concatenate([np.arange(classes), rng.integers(0, classes, size=n - classes)])
    means = rng.normal(size=(classes, d)) * 2
    scales = rng.uniform(0.3, 2.0, size=(classes, d))
    X_train = means[labels] + rng.normal(size=(n, d)) * scales[labels]
    X_test = rng.normal(size=(m, d)) * 3
    if far:
        X_test[: m // 4] *= 40.0  # densities far below the smallest float
    label_values = np.sort(rng.choice(np.arange(-3, 12), size=classes, replace=False))
    return [X_train, label_values[labels], X_test, float(smoothing)]


def generate():
    rng = np.random.default_rng(4108)
    plan = [(6, 3, 1, 2, 1e-9, False), (30, 10, 2, 3, 1e-9, False), (100, 40, 4, 4, 1e-9, True),
            (500, 200, 8, 5, 1e-9, False), (2000, 500, 10, 3, 1e-6, True),
            (300, 100, 20, 10, 1e-2, False), (50, 20, 3, 2, 0.5, True), (1000, 300, 5, 6, 1e-9, True),
            (2000, 500, 20, 10, 1e-9, True)]  # every stated maximum at once
    for n, m, d, classes, smoothing, far in plan:
        yield f"random-{n}x{d}-{classes}-classes", _case(rng, n, m, d, classes, smoothing, far)
