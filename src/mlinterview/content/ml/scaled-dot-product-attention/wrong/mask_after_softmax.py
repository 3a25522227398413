# Wrong: takes the softmax over all keys and only then zeroes the masked weights, so the rows
# no longer sum to 1 and the output is shrunk.
import numpy as np


def scaled_dot_product_attention(Q, K, V, causal, key_padding_mask):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    Lq, Lk = scores.shape[-2:]
    allowed = np.ones(scores.shape, dtype=bool)
    if causal:
        allowed &= np.tril(np.ones((Lq, Lk), dtype=bool))
    if key_padding_mask is not None:
        allowed &= ~np.asarray(key_padding_mask, dtype=bool)[:, None, :]
    w = w * allowed
    return w @ V, w
