# Wrong: uses the column index j in the exponent (base^(j/d)) instead of the pair index
# (base^(2*(j//2)/d)), so each cosine column has a different frequency from its sine partner.
import numpy as np


def positional_encoding(seq_len, d_model, base):
    pos = np.arange(seq_len, dtype=float)[:, None]
    j = np.arange(d_model)
    ang = pos / base ** (j / d_model)
    return np.where(j % 2 == 0, np.sin(ang), np.cos(ang))
