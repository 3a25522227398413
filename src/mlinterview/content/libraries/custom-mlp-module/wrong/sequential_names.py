# Wrong: wraps the layers in an nn.Sequential, so the state_dict keys become "net.0.weight",
# "net.3.bias"... and a checkpoint saved with the required names no longer loads.
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, p):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden_features),
            nn.ReLU(),
            nn.Dropout(p),
            nn.Linear(hidden_features, out_features),
        )

    def forward(self, x):
        return self.net(x)
