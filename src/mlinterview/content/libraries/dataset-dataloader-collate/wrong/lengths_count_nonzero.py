# Wrong: recovers the lengths by counting non-zero entries of the padded batch, which
# miscounts every row that contains the legitimate token id 0.
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import Dataset


class SequenceDataset(Dataset):
    def __init__(self, sequences, labels, max_len):
        self.sequences, self.labels, self.max_len = sequences, labels, max_len

    def __len__(self):
        return len(self.sequences)

    def __getitem__(self, i):
        return torch.tensor(self.sequences[i][: self.max_len], dtype=torch.long), self.labels[i]


def pad_collate(batch, pad_value):
    seqs = [t for t, _ in batch]
    tokens = pad_sequence(seqs, batch_first=True, padding_value=pad_value)
    padded_zero = pad_sequence(seqs, batch_first=True, padding_value=0)
    lengths = (padded_zero != 0).sum(dim=1)
    return tokens, lengths, torch.tensor([y for _, y in batch])
