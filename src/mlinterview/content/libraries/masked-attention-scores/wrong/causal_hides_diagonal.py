# Wrong: builds the causal mask with triu(diagonal=0), which also hides each position from
# itself (the first query then sees nothing).
import math

import torch


def masked_attention(q, k, v, key_padding_mask, causal):
    d = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    masked = key_padding_mask.bool()[:, None, :]
    if causal:
        Tq, Tk = scores.shape[-2:]
        masked = masked | torch.triu(torch.ones(Tq, Tk, dtype=torch.bool))
    weights = torch.softmax(scores.masked_fill(masked, float("-inf")), dim=-1)
    weights = torch.nan_to_num(weights, nan=0.0)
    return {"weights": weights, "output": weights @ v}
