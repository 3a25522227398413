# Wrong: normalises x once and feeds the normalised tensor to the skip as well, so the skip no
# longer carries the raw input (its scale and mean are lost).
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.norm = nn.LayerNorm(in_features)
        self.fc1 = nn.Linear(in_features, out_features)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(out_features, out_features)
        self.proj = nn.Linear(in_features, out_features, bias=False) if in_features != out_features else nn.Identity()

    def forward(self, x):
        x = self.norm(x)
        return self.proj(x) + self.fc2(self.act(self.fc1(x)))
