# Wrong: post-norm placement (normalise the sum, as in the original Transformer) instead of
# normalising the branch's input.
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.norm = nn.LayerNorm(out_features)
        self.fc1 = nn.Linear(in_features, out_features)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(out_features, out_features)
        self.proj = nn.Linear(in_features, out_features, bias=False) if in_features != out_features else nn.Identity()

    def forward(self, x):
        return self.norm(self.proj(x) + self.fc2(self.act(self.fc1(x))))
