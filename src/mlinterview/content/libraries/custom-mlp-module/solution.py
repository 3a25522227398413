import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, p):
        super().__init__()
        # Assigning a Module to an attribute registers it: its parameters appear in
        # model.parameters() and in the state_dict under "<attribute>.<name>".
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = nn.ReLU()
        # nn.Dropout reads self.training, which model.train() / model.eval() switch.
        self.drop = nn.Dropout(p)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.drop(self.act(self.fc1(x))))
