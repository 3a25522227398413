# Wrong: numbers the positions 1..seq_len instead of 0..seq_len-1, shifting every row by one.
import numpy as np


def positional_encoding(seq_len, d_model, base):
    pos = np.arange(1, seq_len + 1, dtype=float)[:, None]
    j = np.arange(d_model)
    ang = pos / base ** (2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.sin(ang), np.cos(ang))
