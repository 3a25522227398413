import math

import torch


def masked_attention(q, k, v, key_padding_mask, causal):
    d = q.shape[-1]
    # Dividing by sqrt(d) keeps the scores' spread independent of the dimension, so the
    # softmax does not saturate for large d.
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)  # (B, Tq, Tk)

    masked = key_padding_mask.bool()[:, None, :]  # (B, 1, Tk): the same keys for every query
    if causal:
        Tq, Tk = scores.shape[-2:]
        future = torch.triu(torch.ones(Tq, Tk, dtype=torch.bool), diagonal=1)  # j > i
        masked = masked | future  # broadcasts to (B, Tq, Tk)

    # -inf gives a masked entry exactly zero weight after the softmax.
    weights = torch.softmax(scores.masked_fill(masked, float("-inf")), dim=-1)
    # A fully masked row is softmax(all -inf) = nan; define it as zeros instead.
    fully_masked = masked.expand_as(scores).all(dim=-1, keepdim=True)
    weights = weights.masked_fill(fully_masked, 0.0)
    return {"weights": weights, "output": weights @ v}
