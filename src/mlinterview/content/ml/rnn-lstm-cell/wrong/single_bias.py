# Wrong: uses only b_ih. PyTorch keeps two bias vectors (b_ih and b_hh) and adds both.
import numpy as np


def rnn_forward(cell, X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    X, h, c = np.asarray(X, float), np.array(h0, float), np.array(c0, float)
    H = h.shape[1]
    sig = lambda z: 0.5 * (1 + np.tanh(0.5 * z))
    out = []
    for x in X:
        z = x @ W_ih.T + b_ih + h @ W_hh.T
        if cell == "rnn":
            h = np.tanh(z)
        else:
            i, f, g, o = sig(z[:, :H]), sig(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sig(z[:, 3 * H:])
            c = f * c + i * g
            h = o * np.tanh(c)
        out.append(h)
    return np.stack(out)
