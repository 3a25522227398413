# Wrong: masks with a large negative number instead of -inf; normal rows are fine, but a fully
# masked row becomes a uniform average over the masked keys instead of zeros.
import math

import torch


def masked_attention(q, k, v, key_padding_mask, causal):
    d = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    masked = key_padding_mask.bool()[:, None, :]
    if causal:
        Tq, Tk = scores.shape[-2:]
        masked = masked | torch.triu(torch.ones(Tq, Tk, dtype=torch.bool), diagonal=1)
    weights = torch.softmax(scores.masked_fill(masked, -1e9), dim=-1)
    return {"weights": weights, "output": weights @ v}
