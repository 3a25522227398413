"""Seeded hidden cases for step-and-plateau-schedulers: noisy loss and accuracy curves."""
import numpy as np


def _loss_curve(rng, n):
    t = np.arange(n)
    return (2.0 * np.exp(-t / 8.0) + 0.3 + 0.02 * rng.normal(size=n)).round(4).tolist()


def _accuracy_curve(rng, n):
    t = np.arange(n)
    return (0.9 - 0.5 * np.exp(-t / 6.0) + 0.01 * rng.normal(size=n)).round(4).tolist()


def generate():
    rng = np.random.default_rng(7349)
    yield "long-noisy-loss", [_loss_curve(rng, 60), 0.1, 20, 0.1, "min", 0.5, 3, 0.01, 0.0001]
    yield "noisy-accuracy", [_accuracy_curve(rng, 40), 0.05, 7, 0.5, "max", 0.2, 2, 0.001, 0.001]
    yield "patient-loss", [_loss_curve(rng, 50), 0.01, 5, 0.9, "min", 0.1, 6, 0.01, 0.0001]
    yield "impatient-accuracy", [_accuracy_curve(rng, 30), 0.2, 1, 0.8, "max", 0.5, 0, 0.0, 0.01]
