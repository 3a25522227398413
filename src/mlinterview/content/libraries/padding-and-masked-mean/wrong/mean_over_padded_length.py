# Wrong: averages over all T padded positions (padded.mean(dim=1)), so short sequences are
# pulled towards zero.
import torch
from torch.nn.utils.rnn import pad_sequence


def masked_pool(sequences, d):
    seqs = [torch.tensor(s, dtype=torch.float32).reshape(-1, d) for s in sequences]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True)
    T = padded.shape[1]
    mask = torch.arange(T)[None, :] < lengths[:, None]
    m = mask.unsqueeze(-1)
    mean = padded.mean(dim=1) if T else torch.zeros(len(seqs), d)
    maxed = padded.masked_fill(~m, float("-inf")).amax(dim=1) if T else torch.zeros(len(seqs), d)
    maxed = torch.where(lengths[:, None] > 0, maxed, torch.zeros_like(maxed))
    return {"padded": padded, "mask": mask, "mean": mean, "max": maxed}
