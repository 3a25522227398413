# Correct: nn.EmbeddingBag(mode="mean") pools each row itself and leaves padding_idx out of the
# bag (an empty bag gives zeros); its weight has the same state_dict key.
import torch
from torch import nn


class BagClassifier(nn.Module):
    def __init__(self, vocab_size, dim, num_classes, padding_idx):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, dim, mode="mean", padding_idx=padding_idx)
        self.fc = nn.Linear(dim, num_classes)

    def forward(self, tokens):
        return self.fc(self.embedding(tokens))


def train_step(model, tokens, labels, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    opt.zero_grad()
    loss = nn.CrossEntropyLoss()(model(tokens), labels)
    loss.backward()
    opt.step()
    return float(loss.detach())
