import numpy as np


def lr_schedule(kind, base_lr, num_steps, config):
    """Learning rate at each step t = 0 .. num_steps - 1.

    kind: "step" ({"step_size", "gamma"}), "cosine" ({"min_lr"}) or
    "warmup_cosine" ({"warmup_steps", "min_lr"}). Returns an array of shape (num_steps,).
    """
    pass
