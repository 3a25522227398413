# Plain and correct: one head at a time over its slice of the feature axis, the causal mask
# applied by zeroing the weights of hidden keys, and the heads written side by side into the
# merged array before the output projection.
import numpy as np


def multi_head_attention(query, key, value, Wq, bq, Wk, bk, Wv, bv, Wo, bo, num_heads, causal):
    q = np.asarray(query, dtype=float) @ Wq.T + bq
    k = np.asarray(key, dtype=float) @ Wk.T + bk
    v = np.asarray(value, dtype=float) @ Wv.T + bv
    B, Lq, E = q.shape
    Lk = k.shape[1]
    size = E // num_heads
    visible = np.tril(np.ones((Lq, Lk))) if causal else np.ones((Lq, Lk))
    merged = np.empty((B, Lq, E))
    for h in range(num_heads):
        cols = slice(h * size, (h + 1) * size)
        scores = np.einsum("bid,bjd->bij", q[:, :, cols], k[:, :, cols]) / np.sqrt(size)
        top = np.where(visible > 0, scores, -np.inf).max(axis=2, keepdims=True)
        weights = np.exp(np.minimum(scores - top, 0.0)) * visible
        weights /= weights.sum(axis=2, keepdims=True)
        merged[:, :, cols] = np.einsum("bij,bjd->bid", weights, v[:, :, cols])
    return merged @ Wo.T + bo
