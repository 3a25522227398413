import torch


def clipped_training(X, y, W0, b0, lr, max_norm, steps):
    """SGD on nn.Linear(d, k) with MSELoss, clipping all gradients by their global norm.

    Returns {"norms": [norm before clipping, per step], "weight": (k, d), "bias": (k,)}.
    """
    pass
