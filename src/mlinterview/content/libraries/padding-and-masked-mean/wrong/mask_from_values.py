# Wrong: infers the mask from the values (a position is padding when its vector is all zeros),
# so a real all-zero vector is dropped from the mean and the max.
import torch
from torch.nn.utils.rnn import pad_sequence


def masked_pool(sequences, d):
    seqs = [torch.tensor(s, dtype=torch.float32).reshape(-1, d) for s in sequences]
    padded = pad_sequence(seqs, batch_first=True)
    T = padded.shape[1]
    mask = (padded != 0).any(dim=-1)
    m = mask.unsqueeze(-1)
    counts = mask.sum(dim=1, keepdim=True)
    mean = (padded * m).sum(dim=1) / counts.clamp(min=1)
    maxed = padded.masked_fill(~m, float("-inf")).amax(dim=1) if T else torch.zeros(len(seqs), d)
    maxed = torch.where(counts > 0, maxed, torch.zeros_like(maxed))
    return {"padded": padded, "mask": mask, "mean": mean, "max": maxed}
