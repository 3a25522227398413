# Correct: a hand-written masked softmax (subtract the row max, exponentiate, zero the masked
# entries, divide by the row sum where it is positive).
import math

import torch


def masked_attention(q, k, v, key_padding_mask, causal):
    B, Tq, d = q.shape
    Tk = k.shape[1]
    scores = torch.einsum("bid,bjd->bij", q, k) / math.sqrt(d)
    keep = ~key_padding_mask.bool().unsqueeze(1).expand(B, Tq, Tk)
    if causal:
        keep = keep & torch.ones(Tq, Tk, dtype=torch.bool).tril()
    shifted = scores - scores.masked_fill(~keep, float("-inf")).amax(-1, keepdim=True).nan_to_num(0.0, neginf=0.0)
    e = torch.exp(shifted) * keep
    total = e.sum(-1, keepdim=True)
    weights = torch.where(total > 0, e / total.clamp(min=1e-30), torch.zeros_like(e))
    return {"weights": weights, "output": torch.einsum("bij,bjf->bif", weights, v)}
