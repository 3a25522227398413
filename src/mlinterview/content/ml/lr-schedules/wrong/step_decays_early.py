# Wrong: off by one in the step schedule, (t + 1) // step_size, so each decay happens one step
# too early.
import numpy as np


def lr_schedule(kind, base_lr, num_steps, config):
    t = np.arange(num_steps)
    if kind == "step":
        return base_lr * config["gamma"] ** ((t + 1) // config["step_size"])
    m = config["min_lr"]
    w = config.get("warmup_steps", 0)
    decay = m + (base_lr - m) * (1 + np.cos(np.pi * (t - w) / max(num_steps - w, 1))) / 2
    return np.where(t < w, base_lr * (t + 1) / max(w, 1), decay)
