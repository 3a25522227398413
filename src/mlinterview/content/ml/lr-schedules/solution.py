import numpy as np


def _cosine(base_lr, min_lr, progress):
    # Half a cosine wave: 1 at progress 0, 0 at progress 1, flat at both ends.
    return min_lr + (base_lr - min_lr) * (1 + np.cos(np.pi * progress)) / 2


def lr_schedule(kind, base_lr, num_steps, config):
    t = np.arange(num_steps)
    if kind == "step":
        # Integer division counts how many decays have happened by step t.
        return base_lr * config["gamma"] ** (t // config["step_size"])
    if kind == "cosine":
        return _cosine(base_lr, config["min_lr"], t / num_steps)
    if kind == "warmup_cosine":
        warmup = config["warmup_steps"]
        # Warm-up: ramp linearly so the first step is already non-zero and step W - 1 reaches
        # base_lr. Large early steps with freshly initialised weights (and Adam's noisy
        # second-moment estimates) are what the warm-up avoids.
        ramp = base_lr * (t + 1) / max(warmup, 1)
        # Cosine over the steps after the warm-up; max() only avoids 0/0 when there are none.
        decay = _cosine(base_lr, config["min_lr"], (t - warmup) / max(num_steps - warmup, 1))
        return np.where(t < warmup, ramp, decay)
    raise ValueError(f"unknown schedule {kind!r}")
