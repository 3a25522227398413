# Plain and correct: one sequence of the batch at a time; hidden keys are zeroed after the
# exponential (so their weight is exactly 0), with the row maximum taken over visible keys only.
import numpy as np


def scaled_dot_product_attention(Q, K, V, causal, key_padding_mask):
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    B, Lq, d_k = Q.shape
    Lk = K.shape[1]
    padding = (np.zeros((B, Lk), dtype=bool) if key_padding_mask is None
               else np.asarray(key_padding_mask, dtype=bool))
    triangle = np.tril(np.ones((Lq, Lk), dtype=bool)) if causal else np.ones((Lq, Lk), dtype=bool)
    outputs, all_weights = np.empty((B, Lq, V.shape[2])), np.empty((B, Lq, Lk))
    for b in range(B):
        visible = triangle & ~padding[b][None, :]
        logits = Q[b] @ K[b].T / np.sqrt(d_k)
        top = np.max(np.where(visible, logits, -np.inf), axis=1, keepdims=True)
        weights = np.where(visible, np.exp(np.minimum(logits - top, 0.0)), 0.0)
        weights /= weights.sum(axis=1, keepdims=True)
        outputs[b] = weights @ V[b]
        all_weights[b] = weights
    return outputs, all_weights
