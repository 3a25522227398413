import numpy as np


def positional_encoding(seq_len, d_model, base):
    """Interleaved sinusoidal positional encoding, shape (seq_len, d_model).

    PE[pos, 2i] = sin(pos / base^(2i/d_model)), PE[pos, 2i+1] = cos(pos / base^(2i/d_model)).
    """
    pass
