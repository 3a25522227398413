# Wrong: splits the gates in the order i, f, o, g (used by some other libraries and papers)
# instead of PyTorch's i, f, g, o, so the output gate and the cell candidate are swapped.
import numpy as np


def rnn_forward(cell, X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    X, h, c = np.asarray(X, float), np.array(h0, float), np.array(c0, float)
    H = h.shape[1]
    sig = lambda z: 0.5 * (1 + np.tanh(0.5 * z))
    out = []
    for x in X:
        z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        if cell == "rnn":
            h = np.tanh(z)
        else:
            i, f, o, g = sig(z[:, :H]), sig(z[:, H:2 * H]), sig(z[:, 2 * H:3 * H]), np.tanh(z[:, 3 * H:])
            c = f * c + i * g
            h = o * np.tanh(c)
        out.append(h)
    return np.stack(out)
