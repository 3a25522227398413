# Wrong: truncates long sequences by keeping their last max_len tokens instead of the first.
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import Dataset


class SequenceDataset(Dataset):
    def __init__(self, sequences, labels, max_len):
        self.sequences, self.labels, self.max_len = sequences, labels, max_len

    def __len__(self):
        return len(self.sequences)

    def __getitem__(self, i):
        return torch.tensor(self.sequences[i][-self.max_len:], dtype=torch.long), self.labels[i]


def pad_collate(batch, pad_value):
    seqs = [t for t, _ in batch]
    lengths = torch.tensor([len(s) for s in seqs])
    tokens = pad_sequence(seqs, batch_first=True, padding_value=pad_value)
    return tokens, lengths, torch.tensor([y for _, y in batch])
