# Wrong: sums every embedding and divides by the number of real tokens, trusting the padding
# row to be zero; a checkpoint's non-zero padding row leaks into every padded document.
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
        return self.fc(self.embedding(tokens).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0))


def train_step(model, tokens, labels, lr):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(tokens), labels)
    loss.backward()
    optimizer.step()
    return loss.item()
