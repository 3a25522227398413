# Wrong: applies the softmax first and zeroes the masked weights afterwards, so the remaining
# weights no longer sum to 1.
import math

import torch


def masked_attention(q, k, v, key_padding_mask, causal):
    d = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    masked = key_padding_mask.bool()[:, None, :]
    if causal:
        Tq, Tk = scores.shape[-2:]
        masked = masked | torch.triu(torch.ones(Tq, Tk, dtype=torch.bool), diagonal=1)
    weights = torch.softmax(scores, dim=-1).masked_fill(masked, 0.0)
    return {"weights": weights, "output": weights @ v}
