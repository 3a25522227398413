# Plain and correct: each gate gets its own rows of the weight matrices and its own biases, the
# logistic function is written as (1 + tanh(z / 2)) / 2 (no overflow), and the recurrence runs
# one time step at a time.
import numpy as np


def _logistic(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def rnn_forward(cell, X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    X = np.asarray(X, dtype=float)
    h = np.array(h0, dtype=float)
    c = np.array(c0, dtype=float)
    H = h.shape[1]

    def gate(k, x_t, h_prev):
        rows = slice(k * H, (k + 1) * H)
        return x_t @ W_ih[rows].T + b_ih[rows] + h_prev @ W_hh[rows].T + b_hh[rows]

    out = np.empty((X.shape[0], h.shape[0], H))
    for t in range(X.shape[0]):
        if cell == "rnn":
            h = np.tanh(gate(0, X[t], h))
        else:
            i, f = _logistic(gate(0, X[t], h)), _logistic(gate(1, X[t], h))
            g, o = np.tanh(gate(2, X[t], h)), _logistic(gate(3, X[t], h))
            c = f * c + i * g
            h = o * np.tanh(c)
        out[t] = h
    return out
