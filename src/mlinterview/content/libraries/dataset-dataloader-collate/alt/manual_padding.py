# Correct: pads by hand into a tensor filled with pad_value, without pad_sequence.
import torch
from torch.utils.data import Dataset


class SequenceDataset(Dataset):
    def __init__(self, sequences, labels, max_len):
        self.items = [(torch.as_tensor(s[:max_len], dtype=torch.int64), int(y))
                      for s, y in zip(sequences, labels)]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def pad_collate(batch, pad_value):
    lengths = torch.tensor([t.numel() for t, _ in batch], dtype=torch.int64)
    width = int(lengths.max()) if len(batch) else 0
    tokens = torch.full((len(batch), width), pad_value, dtype=torch.int64)
    for row, (t, _) in enumerate(batch):
        tokens[row, : t.numel()] = t
    return tokens, lengths, torch.tensor([y for _, y in batch], dtype=torch.int64)
