import torch
from torch import nn


class BagClassifier(nn.Module):
    """Mean of the non-padding token embeddings, then a linear layer."""

    def __init__(self, vocab_size, dim, num_classes, padding_idx):
        super().__init__()
        # self.embedding = ..., self.fc = ...

    def forward(self, tokens):
        pass


def train_step(model, tokens, labels, lr):
    """One SGD step on the mean cross-entropy; returns the loss before the step."""
    pass
