# Wrong: no special case for fully masked rows: softmax over all -inf gives nan weights and
# a nan output.
import math

import torch


def masked_attention(q, k, v, key_padding_mask, causal):
    d = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    masked = key_padding_mask.bool()[:, None, :]
    if causal:
        Tq, Tk = scores.shape[-2:]
        masked = masked | torch.triu(torch.ones(Tq, Tk, dtype=torch.bool), diagonal=1)
    weights = torch.softmax(scores.masked_fill(masked, float("-inf")), dim=-1)
    return {"weights": weights, "output": weights @ v}
