# Wrong: exponentiates the raw scores without subtracting the row maximum; logits in the
# hundreds overflow to inf and the weights become nan.
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
    with np.errstate(over="ignore", invalid="ignore"):
        w = np.where(allowed, np.exp(scores), 0.0)
        w /= w.sum(axis=-1, keepdims=True)
    return w @ V, w
