from collections import OrderedDict

import torch
from torch import nn


def finetune_head(init, X, y, steps, lr, momentum):
    """Freeze the backbone (requires_grad and BatchNorm statistics), train the head with SGD."""
    d, h, c = X.shape[1], len(init["backbone.0.bias"]), len(init["head.bias"])
    model = nn.Sequential(OrderedDict(
        backbone=nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, h), nn.ReLU()),
        head=nn.Linear(h, c),
    ))
    return {"trainable": [], "changed": [], "losses": [], "head_weight": None, "head_bias": None}
