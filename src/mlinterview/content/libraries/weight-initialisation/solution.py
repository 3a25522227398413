import torch
from torch import nn


def _init(module):
    # isinstance, not type(...) ==: subclasses of nn.Linear (heads, quantisable variants) are
    # linear layers too.
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight)
        if module.bias is not None:
            nn.init.zeros_(module.bias)
    elif isinstance(module, (nn.Conv1d, nn.Conv2d)):
        # fan_out keeps the variance of the gradients (backward pass) steady through ReLUs.
        nn.init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")
        if module.bias is not None:  # bias=False layers have no bias to reset
            nn.init.zeros_(module.bias)
    elif isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d, nn.LayerNorm)):
        nn.init.ones_(module.weight)
        nn.init.zeros_(module.bias)


def initialise(model, seed):
    torch.manual_seed(seed)  # once: the draws then follow the order in which apply visits layers
    model.apply(_init)
