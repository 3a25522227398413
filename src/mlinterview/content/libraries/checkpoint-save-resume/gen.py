"""Seeded hidden cases for checkpoint-save-resume: regressions with checkpoints early and late."""
import numpy as np


def _case(rng, n, d, seed, lr, total, resume_at):
    X = rng.normal(size=(n, d))
    y = np.tanh(X @ rng.normal(size=d)) + 0.1 * rng.normal(size=n)
    return [np.round(X, 4).tolist(), np.round(y, 4).tolist(), seed, lr, total, resume_at]


def generate():
    rng = np.random.default_rng(6143)
    yield "largest-late-checkpoint", _case(rng, 32, 4, 11, 0.02, 12, 10)
    yield "early-checkpoint", _case(rng, 16, 3, 12, 0.05, 8, 2)
    yield "longest-before-checkpoint", _case(rng, 24, 2, 13, 0.001, 12, 12)
    yield "midway-high-rate", _case(rng, 10, 4, 14, 0.1, 8, 4)
