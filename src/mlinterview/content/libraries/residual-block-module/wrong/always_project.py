# Wrong: always creates the projection, even when the widths are equal, so the block has an
# extra proj.weight and the skip is no longer the identity.
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.norm = nn.LayerNorm(in_features)
        self.fc1 = nn.Linear(in_features, out_features)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(out_features, out_features)
        self.proj = nn.Linear(in_features, out_features, bias=False)

    def forward(self, x):
        return self.proj(x) + self.fc2(self.act(self.fc1(self.norm(x))))
