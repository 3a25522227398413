# Wrong: feeds softmax probabilities to cross_entropy, which applies log-softmax itself.
import torch
from torch import nn


class BagClassifier(nn.Module):
    def __init__(self, vocab_size, dim, num_classes, padding_idx):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim, padding_idx=padding_idx)
        self.fc = nn.Linear(dim, num_classes)
        self.padding_idx = padding_idx

    def forward(self, tokens):
        mask = (tokens != self.padding_idx).unsqueeze(-1).float()
        summed = (self.embedding(tokens) * mask).sum(dim=1)
        return self.fc(summed / mask.sum(dim=1).clamp(min=1.0))


def train_step(model, tokens, labels, lr):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(torch.softmax(model(tokens), dim=1), labels)
    loss.backward()
    optimizer.step()
    return loss.item()
