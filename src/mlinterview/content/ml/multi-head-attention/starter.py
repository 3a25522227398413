import numpy as np


def multi_head_attention(query, key, value, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads, causal):
    """Multi-head attention as torch.nn.MultiheadAttention(E, num_heads, batch_first=True).

    query: (B, Lq, E); key, value: (B, Lk, E); W*: (E, E) in (out, in) layout; b*: (E,).
    Returns the output, shape (B, Lq, E).
    """
    pass
