# Plain and correct: one frequency per column pair, base ** (-2i / d_model) as a power, then
# the sines written into the even columns and the cosines into the odd ones (an odd d_model
# ends with a sine column and no partner).
import numpy as np


def positional_encoding(seq_len, d_model, base):
    table = np.empty((seq_len, d_model))
    positions = np.arange(seq_len, dtype=float)
    even = np.arange(0, d_model, 2)
    frequencies = float(base) ** (-even / d_model)
    angles = np.outer(positions, frequencies)
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return table
