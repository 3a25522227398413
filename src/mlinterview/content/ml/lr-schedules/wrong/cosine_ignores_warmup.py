# Wrong: after the warm-up, evaluates the cosine on the global step t / T instead of restarting
# it at the end of the warm-up, so the decay starts below base_lr.
import numpy as np


def lr_schedule(kind, base_lr, num_steps, config):
    t = np.arange(num_steps)
    if kind == "step":
        return base_lr * config["gamma"] ** (t // config["step_size"])
    m = config["min_lr"]
    w = config.get("warmup_steps", 0)
    decay = m + (base_lr - m) * (1 + np.cos(np.pi * t / num_steps)) / 2
    return np.where(t < w, base_lr * (t + 1) / max(w, 1), decay)
