import io

import torch


def save_checkpoint(model, optimizer, step):
    """Serialise everything needed to resume training after `step` steps; return bytes."""
    pass


def load_checkpoint(data, model, optimizer):
    """Restore `model` and `optimizer` in place from `data`; return the step to resume from."""
    pass
