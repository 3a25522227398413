import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.norm = nn.LayerNorm(in_features)
        self.fc1 = nn.Linear(in_features, out_features)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(out_features, out_features)
        # The skip must have the branch's width to be added. A projection is only needed when
        # the widths differ; nn.Identity keeps the same call in forward and adds no parameters.
        if in_features != out_features:
            self.proj = nn.Linear(in_features, out_features, bias=False)
        else:
            self.proj = nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Pre-norm: normalise inside the branch only; the skip carries the raw input, so the
        # identity path (and its gradient) is untouched.
        branch = self.fc2(self.act(self.fc1(self.norm(x))))
        return self.proj(x) + branch
