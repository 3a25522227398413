import numpy as np


def rnn_forward(cell, X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Run an Elman RNN ("rnn") or LSTM ("lstm") cell over a sequence.

    X: (T, N, D); h0, c0: (N, H) (c0 is zeros and unused for "rnn");
    W_ih: (G*H, D), W_hh: (G*H, H), b_ih, b_hh: (G*H,) with G = 1 for "rnn" and 4 for "lstm"
    (gate order i, f, g, o). Returns the hidden states of every step, shape (T, N, H).
    """
    pass
