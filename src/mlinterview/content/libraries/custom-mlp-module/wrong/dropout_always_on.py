# Wrong: calls F.dropout(h, p) without training=self.training, so dropout still drops units
# (and rescales the rest) after model.eval().
import torch
import torch.nn.functional as F
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, p):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(p)
        self.fc2 = nn.Linear(hidden_features, out_features)
        self.p = p

    def forward(self, x):
        h = self.act(self.fc1(x))
        return self.fc2(F.dropout(h, self.p))
