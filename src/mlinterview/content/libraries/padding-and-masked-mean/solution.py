import torch
from torch.nn.utils.rnn import pad_sequence


def masked_pool(sequences, d):
    # reshape(-1, d) gives an empty sequence its (0, d) shape, so it pads like the others.
    seqs = [torch.tensor(s, dtype=torch.float32).reshape(-1, d) for s in sequences]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True)  # (B, T, d), zeros after each sequence
    T = padded.shape[1]
    # The mask comes from the lengths: a real all-zero vector is still data.
    mask = torch.arange(T)[None, :] < lengths[:, None]  # (B, T)
    m = mask.unsqueeze(-1)  # (B, T, 1) broadcasts over the features

    summed = (padded * m).sum(dim=1)
    # clamp: an empty sequence divides 0 by 1 instead of 0 by 0
    mean = summed / lengths.clamp(min=1).unsqueeze(-1).to(padded.dtype)

    # -inf at padding can never win the max; empty rows (all -inf) are then set to 0.
    maxed = padded.masked_fill(~m, float("-inf")).amax(dim=1) if T else torch.zeros(len(seqs), d)
    maxed = torch.where(lengths[:, None] > 0, maxed, torch.zeros_like(maxed))
    return {"padded": padded, "mask": mask, "mean": mean, "max": maxed}
