import torch


def train_with_schedule(X, y, W0, b0, base_lr, min_lr, warmup_steps, epochs, batch_size):
    """Mini-batch SGD on nn.Linear with MSELoss under linear warm-up then cosine decay.

    The schedule moves once per optimiser step. Returns
    {"lrs": [lr used by each step], "weight": (k, d), "bias": (k,)}.
    """
    pass
