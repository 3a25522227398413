import numpy as np


def scaled_dot_product_attention(Q, K, V, causal, key_padding_mask):
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    d_k = Q.shape[-1]
    # Similarity of every query with every key, shape (B, Lq, Lk). Dividing by sqrt(d_k) keeps
    # the logits' variance near 1 whatever the head size, so the softmax does not saturate.
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_k)

    # allowed[b, i, j]: may query i of batch b look at key j?
    Lq, Lk = scores.shape[-2], scores.shape[-1]
    allowed = np.ones(scores.shape, dtype=bool)
    if causal:
        # Query i sees keys 0..i (lower triangle, aligned at the top-left corner).
        allowed &= np.tril(np.ones((Lq, Lk), dtype=bool))
    if key_padding_mask is not None:
        # True marks a padding key: no query may attend to it.
        allowed &= ~np.asarray(key_padding_mask, dtype=bool)[:, None, :]

    # Masking happens *before* the softmax: a logit of -inf gets weight exactly 0 and the
    # remaining weights still sum to 1.
    scores = np.where(allowed, scores, -np.inf)
    # Stable softmax over the keys (last axis): subtract the row maximum so exp never overflows.
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V, weights
