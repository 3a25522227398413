# Plain and correct: one learning rate per step in a Python loop with the math module, exactly
# as the formulas read. A million steps take well under a second.
import math

import numpy as np


def _half_cosine(top, bottom, progress):
    return bottom + 0.5 * (top - bottom) * (1.0 + math.cos(math.pi * progress))


def lr_schedule(kind, base_lr, num_steps, config):
    rates = []
    for t in range(num_steps):
        if kind == "step":
            rate = base_lr * config["gamma"] ** (t // config["step_size"])
        elif kind == "cosine":
            rate = _half_cosine(base_lr, config["min_lr"], t / num_steps)
        elif kind == "warmup_cosine":
            w = config["warmup_steps"]
            if t < w:
                rate = base_lr * (t + 1) / w
            else:
                rate = _half_cosine(base_lr, config["min_lr"], (t - w) / (num_steps - w))
        else:
            raise ValueError(f"unknown schedule {kind!r}")
        rates.append(rate)
    return np.array(rates, dtype=float)
