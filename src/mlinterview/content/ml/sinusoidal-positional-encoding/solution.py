import numpy as np


def positional_encoding(seq_len, d_model, base):
    positions = np.arange(seq_len, dtype=float)[:, None]          # (L, 1)
    # Columns 2i and 2i+1 share the frequency 1 / base^(2i / d_model): pair index i = j // 2.
    pair = np.arange(d_model) // 2
    # exp(-log(base) * 2i/d) == base^(-2i/d), computed without a huge power.
    inv_freq = np.exp(-np.log(base) * (2 * pair) / d_model)      # (d,)
    angles = positions * inv_freq                                 # (L, d)
    # Interleave: sine in the even columns, cosine in the odd ones (each function evaluated
    # only where it is needed: the largest tables hold two million entries).
    table = np.empty((seq_len, d_model))
    table[:, 0::2] = np.sin(angles[:, 0::2])
    table[:, 1::2] = np.cos(angles[:, 1::2])
    return table
