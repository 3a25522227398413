# Wrong: pads every batch to a fixed width (the largest max_len allowed) instead of the longest
# sequence of the batch, wasting compute on columns that are all padding.
import torch
from torch.utils.data import Dataset

WIDTH = 32


class SequenceDataset(Dataset):
    def __init__(self, sequences, labels, max_len):
        self.sequences, self.labels, self.max_len = sequences, labels, max_len

    def __len__(self):
        return len(self.sequences)

    def __getitem__(self, i):
        return torch.tensor(self.sequences[i][: self.max_len], dtype=torch.long), self.labels[i]


def pad_collate(batch, pad_value):
    tokens = torch.full((len(batch), WIDTH), pad_value, dtype=torch.long)
    for j, (t, _) in enumerate(batch):
        tokens[j, : len(t)] = t
    lengths = torch.tensor([len(t) for t, _ in batch])
    return tokens, lengths, torch.tensor([y for _, y in batch])
