import numpy as np


def _split_heads(x, num_heads):
    # (B, L, E) -> (B, H, L, E/H): head h owns features h*d_head .. (h+1)*d_head - 1.
    B, L, E = x.shape
    return x.reshape(B, L, num_heads, E // num_heads).transpose(0, 2, 1, 3)


def multi_head_attention(query, key, value, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads, causal):
    query, key, value = (np.asarray(a, dtype=float) for a in (query, key, value))
    B, Lq, E = query.shape
    Lk = key.shape[1]
    d_head = E // num_heads

    # Linear layers store weights as (out_features, in_features): y = x W^T + b.
    q = _split_heads(query @ Wq.T + bq, num_heads)   # (B, H, Lq, d_head)
    k = _split_heads(key @ Wk.T + bk, num_heads)     # (B, H, Lk, d_head)
    v = _split_heads(value @ Wv.T + bv, num_heads)   # (B, H, Lk, d_head)

    # Every head attends independently; the scale uses the *head* size, not E.
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)   # (B, H, Lq, Lk)
    if causal:
        allowed = np.tril(np.ones((Lq, Lk), dtype=bool))     # query i sees keys j <= i
        scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)     # stable softmax over keys
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ v                                      # (B, H, Lq, d_head)

    # Merge: put the heads back side by side along the feature axis, then mix them with Wo.
    merged = heads.transpose(0, 2, 1, 3).reshape(B, Lq, E)
    return merged @ Wo.T + bo
