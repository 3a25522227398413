import numpy as np


def transformer_block(x, ln1_gamma, ln1_beta, Wq, bq, Wk, bk, Wv, bv, Wo, bo,
                      ln2_gamma, ln2_beta, W1, b1, W2, b2, num_heads, eps):
    """One pre-LN decoder block:
        h   = x + MHA_causal(LayerNorm1(x))
        out = h + W2 gelu_tanh(W1 LayerNorm2(h) + b1) + b2
    x: (B, L, E). Linear weights are (out_features, in_features). Returns (B, L, E).
    """
    pass
