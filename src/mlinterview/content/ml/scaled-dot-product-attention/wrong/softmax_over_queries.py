# Wrong: normalises along axis -2 (over the queries for each key) instead of over the keys, so
# each row of weights is not a distribution over the keys it attends to.
import numpy as np


def scaled_dot_product_attention(Q, K, V, causal, key_padding_mask):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    Lq, Lk = scores.shape[-2:]
    allowed = np.ones(scores.shape, dtype=bool)
    if causal:
        allowed &= np.tril(np.ones((Lq, Lk), dtype=bool))
    if key_padding_mask is not None:
        allowed &= ~np.asarray(key_padding_mask, dtype=bool)[:, None, :]
    scores = np.where(allowed, scores, -np.inf)
    m = scores.max(axis=-2, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    w = np.exp(scores - m)
    w /= np.maximum(w.sum(axis=-2, keepdims=True), 1e-300)
    return w @ V, w
