import torch
from torch import nn


def train_accumulated(X, y, W0, b0, lr, micro_batch, accum_steps, epochs):
    """SGD on nn.Linear with MSELoss, accumulating gradients over accum_steps micro-batches.

    Returns {"losses": [effective-batch loss per optimiser step], "weight": (k, d), "bias": (k,)}.
    """
    pass
