# Correct: pools each sequence on its own (no mask needed there), then pads with torch.zeros.
import torch


def masked_pool(sequences, d):
    B = len(sequences)
    T = max((len(s) for s in sequences), default=0)
    padded = torch.zeros(B, T, d)
    mask = torch.zeros(B, T, dtype=torch.bool)
    mean = torch.zeros(B, d)
    maxed = torch.zeros(B, d)
    for i, s in enumerate(sequences):
        if not s:
            continue
        x = torch.tensor(s, dtype=torch.float32)
        padded[i, : len(s)] = x
        mask[i, : len(s)] = True
        mean[i] = x.mean(dim=0)
        maxed[i] = x.max(dim=0).values
    return {"padded": padded, "mask": mask, "mean": mean, "max": maxed}
