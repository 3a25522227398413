import torch
from torch.utils.data import Dataset


class SequenceDataset(Dataset):
    """Serves (int64 tensor of the first max_len tokens, label) pairs."""

    def __init__(self, sequences, labels, max_len):
        pass

    def __len__(self):
        return 0

    def __getitem__(self, i):
        pass


def pad_collate(batch, pad_value):
    """[(tokens, label), ...] -> (tokens (B, T) padded on the right, lengths (B,), labels (B,)), all int64."""
    pass
