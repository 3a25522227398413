# Wrong: puts the activation after the last layer too, so negative outputs (logits,
# regression targets) are clipped to zero.
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, p):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(p)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        h = self.drop(self.act(self.fc1(x)))
        return self.act(self.fc2(h))
