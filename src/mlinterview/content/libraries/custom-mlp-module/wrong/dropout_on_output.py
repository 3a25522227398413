# Wrong: applies dropout to the network's output instead of the hidden activations.
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
        return self.drop(self.fc2(self.act(self.fc1(x))))
