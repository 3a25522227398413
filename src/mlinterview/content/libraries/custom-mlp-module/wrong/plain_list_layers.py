# Wrong: keeps the layers in a plain Python list; nn.Module does not look inside lists, so the
# linear layers are never registered (no parameters, an empty state_dict, nothing trains).
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, p):
        super().__init__()
        self.layers = [nn.Linear(in_features, hidden_features), nn.ReLU(), nn.Dropout(p),
                       nn.Linear(hidden_features, out_features)]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
