# Wrong: scales the scores by 1/sqrt(E) (the model dimension) instead of 1/sqrt(E / num_heads)
# (the head size), so every head's softmax is too flat.
import numpy as np


def multi_head_attention(query, key, value, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads, causal):
    B, Lq, E = query.shape
    Lk = key.shape[1]
    d = E // num_heads

    def split(x, L):
        return x.reshape(B, L, num_heads, d).transpose(0, 2, 1, 3)

    q, k, v = split(query @ Wq.T + bq, Lq), split(key @ Wk.T + bk, Lk), split(value @ Wv.T + bv, Lk)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(E)
    if causal:
        s = np.where(np.tril(np.ones((Lq, Lk), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(B, Lq, E) @ Wo.T + bo
