# Wrong: adds the skip only when the widths match and silently drops it otherwise, instead of
# projecting the input to the new width.
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.norm = nn.LayerNorm(in_features)
        self.fc1 = nn.Linear(in_features, out_features)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(out_features, out_features)
        self.same = in_features == out_features

    def forward(self, x):
        branch = self.fc2(self.act(self.fc1(self.norm(x))))
        return x + branch if self.same else branch
