# Wrong: applies the activation after the addition (the post-activation of the original ResNet)
# instead of inside the branch only.
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
        branch = self.fc2(self.act(self.fc1(self.norm(x))))
        return self.act(self.proj(x) + branch)
