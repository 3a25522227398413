# Wrong: splits heads with reshape(B, H, L, d) directly (no transpose), which cuts the flattened
# (L, E) block into pieces that mix different positions within one "head".
import numpy as np


def multi_head_attention(query, key, value, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads, causal):
    B, Lq, E = query.shape
    Lk = key.shape[1]
    d = E // num_heads
    q = (query @ Wq.T + bq).reshape(B, num_heads, Lq, d)
    k = (key @ Wk.T + bk).reshape(B, num_heads, Lk, d)
    v = (value @ Wv.T + bv).reshape(B, num_heads, Lk, d)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    if causal:
        s = np.where(np.tril(np.ones((Lq, Lk), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v).reshape(B, Lq, E) @ Wo.T + bo
