"""Seeded hidden cases for freeze-and-finetune: a 'pretrained' backbone with non-trivial BatchNorm
statistics, and blob data."""
import numpy as np


def _case(rng, n, d, h, c, steps, lr, momentum):
    centers = rng.normal(scale=2.0, size=(c, d))
    y = rng.integers(0, c, size=n)
    X = (centers[y] + rng.normal(size=(n, d))).round(4)
    u = lambda fan, *shape: rng.uniform(-1 / np.sqrt(fan), 1 / np.sqrt(fan), size=shape).round(5).tolist()  # noqa: E731
    init = {"backbone.0.weight": u(d, h, d), "backbone.0.bias": u(d, h),
            "backbone.1.weight": (1 + 0.2 * rng.normal(size=h)).round(4).tolist(),
            "backbone.1.bias": (0.1 * rng.normal(size=h)).round(4).tolist(),
            "backbone.1.running_mean": (0.3 * rng.normal(size=h)).round(4).tolist(),
            "backbone.1.running_var": rng.uniform(0.5, 2.0, size=h).round(4).tolist(),
            "backbone.1.num_batches_tracked": int(rng.integers(100, 1000)),
            "backbone.3.weight": u(h, h, h), "backbone.3.bias": u(h, h),
            "head.weight": u(h, c, h), "head.bias": u(h, c)}
    return [init, X.tolist(), y.tolist(), steps, lr, momentum]


def generate():
    rng = np.random.default_rng(6262)
    yield "two-classes", _case(rng, 20, 3, 8, 2, 10, 0.1, 0.0)
    yield "momentum", _case(rng, 40, 5, 12, 3, 15, 0.05, 0.9)
    yield "largest", _case(rng, 64, 8, 16, 4, 30, 0.5, 0.5)
    yield "single-row", _case(rng, 1, 4, 6, 3, 5, 0.2, 0.0)
    yield "zero-steps", _case(rng, 10, 2, 4, 2, 0, 0.1, 0.9)
