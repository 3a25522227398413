# Wrong: takes the max over the zero-padded tensor, so a padding 0 beats a sequence whose
# values are all negative.
import torch
from torch.nn.utils.rnn import pad_sequence


def masked_pool(sequences, d):
    seqs = [torch.tensor(s, dtype=torch.float32).reshape(-1, d) for s in sequences]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True)
    T = padded.shape[1]
    mask = torch.arange(T)[None, :] < lengths[:, None]
    m = mask.unsqueeze(-1)
    mean = (padded * m).sum(dim=1) / lengths.clamp(min=1).unsqueeze(-1)
    maxed = padded.amax(dim=1) if T else torch.zeros(len(seqs), d)
    return {"padded": padded, "mask": mask, "mean": mean, "max": maxed}
