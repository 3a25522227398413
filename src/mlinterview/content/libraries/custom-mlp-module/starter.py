import torch
from torch import nn


class MLP(nn.Module):
    """fc1 -> ReLU (act) -> Dropout(p) (drop) -> fc2, with exactly these attribute names."""

    def __init__(self, in_features, hidden_features, out_features, p):
        super().__init__()
        # Register fc1, act, drop and fc2 here.

    def forward(self, x):
        """x: (..., in_features) -> (..., out_features)."""
        pass
