# Wrong: stretches the cosine so it reaches min_lr exactly at the last step (divides by T - 1
# instead of T, and T - W - 1 instead of T - W after a warm-up).
import numpy as np


def lr_schedule(kind, base_lr, num_steps, config):
    t = np.arange(num_steps)
    if kind == "step":
        return base_lr * config["gamma"] ** (t // config["step_size"])
    m = config["min_lr"]
    w = config.get("warmup_steps", 0)
    p = (t - w) / max(num_steps - w - 1, 1)
    decay = m + (base_lr - m) * (1 + np.cos(np.pi * p)) / 2
    return np.where(t < w, base_lr * (t + 1) / max(w, 1), decay)
