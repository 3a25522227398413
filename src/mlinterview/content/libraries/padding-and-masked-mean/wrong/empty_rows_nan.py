# Wrong: divides by the raw lengths and leaves -inf in the max, so an empty sequence pools to
# nan and -inf instead of zeros.
import torch
from torch.nn.utils.rnn import pad_sequence


def masked_pool(sequences, d):
    seqs = [torch.tensor(s, dtype=torch.float32).reshape(-1, d) for s in sequences]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True)
    T = padded.shape[1]
    mask = torch.arange(T)[None, :] < lengths[:, None]
    m = mask.unsqueeze(-1)
    mean = (padded * m).sum(dim=1) / lengths.unsqueeze(-1)
    maxed = padded.masked_fill(~m, float("-inf")).amax(dim=1) if T else torch.full((len(seqs), d), float("-inf"))
    return {"padded": padded, "mask": mask, "mean": mean, "max": maxed}
