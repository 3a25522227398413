# Wrong: puts all the sines in the first half of the columns and all the cosines in the second
# half (a different layout from the interleaved one asked for).
import numpy as np


def positional_encoding(seq_len, d_model, base):
    pos = np.arange(seq_len, dtype=float)[:, None]
    half = (d_model + 1) // 2
    inv_freq = base ** (-2 * np.arange(half) / d_model)
    ang = pos * inv_freq
    return np.concatenate([np.sin(ang), np.cos(ang)], axis=1)[:, :d_model]
