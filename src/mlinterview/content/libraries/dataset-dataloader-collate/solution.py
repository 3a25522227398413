import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import Dataset


class SequenceDataset(Dataset):
    def __init__(self, sequences, labels, max_len):
        self.sequences = sequences
        self.labels = labels
        self.max_len = max_len

    def __len__(self):
        return len(self.sequences)

    def __getitem__(self, i):
        # The dtype must be explicit: torch.tensor([]) would be float32, and that one empty
        # sequence would change the dtype of the whole padded batch.
        tokens = torch.tensor(self.sequences[i][: self.max_len], dtype=torch.long)
        return tokens, self.labels[i]


def pad_collate(batch, pad_value):
    seqs = [tokens for tokens, _ in batch]
    # Lengths come from the items themselves, not from the padded tensor: any token id may
    # occur, so counting "non-padding" values after the fact is fragile.
    lengths = torch.tensor([len(s) for s in seqs], dtype=torch.long)
    tokens = pad_sequence(seqs, batch_first=True, padding_value=pad_value)
    labels = torch.tensor([label for _, label in batch], dtype=torch.long)
    return tokens, lengths, labels
