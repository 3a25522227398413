import numpy as np


def scaled_dot_product_attention(Q, K, V, causal, key_padding_mask):
    """softmax(Q K^T / sqrt(d_k) + mask) V over the last axis.

    Q: (B, Lq, d_k), K: (B, Lk, d_k), V: (B, Lk, d_v); causal: bool;
    key_padding_mask: None or booleans of shape (B, Lk), True = padding (ignore that key).
    Returns (output (B, Lq, d_v), weights (B, Lq, Lk)).
    """
    pass
