# Wrong: the warm-up ramps as t / W, so step 0 has learning rate 0 and the ramp never reaches
# base_lr before the cosine starts.
import numpy as np


def lr_schedule(kind, base_lr, num_steps, config):
    t = np.arange(num_steps)
    if kind == "step":
        return base_lr * config["gamma"] ** (t // config["step_size"])
    m = config["min_lr"]
    w = config.get("warmup_steps", 0)
    decay = m + (base_lr - m) * (1 + np.cos(np.pi * (t - w) / max(num_steps - w, 1))) / 2
    return np.where(t < w, base_lr * t / max(w, 1), decay)
