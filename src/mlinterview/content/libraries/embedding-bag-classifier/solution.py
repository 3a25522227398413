import torch
from torch import nn


class BagClassifier(nn.Module):
    def __init__(self, vocab_size, dim, num_classes, padding_idx):
        super().__init__()
        # padding_idx: that row starts at zero and never receives a gradient.
        self.embedding = nn.Embedding(vocab_size, dim, padding_idx=padding_idx)
        self.fc = nn.Linear(dim, num_classes)
        self.padding_idx = padding_idx

    def forward(self, tokens):
        mask = (tokens != self.padding_idx).unsqueeze(-1).to(self.fc.weight.dtype)  # (B, T, 1)
        # Mask rather than trust the padding row to be zero: loaded weights may say otherwise.
        summed = (self.embedding(tokens) * mask).sum(dim=1)  # (B, dim)
        counts = mask.sum(dim=1).clamp(min=1.0)  # an all-padding row divides 0 by 1
        return self.fc(summed / counts)


def train_step(model, tokens, labels, lr):
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)  # plain SGD keeps no state
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(tokens), labels)  # raw logits in
    loss.backward()
    optimizer.step()
    return loss.item()
