import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))  # never exponentiates a large positive number
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def rnn_forward(cell, X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    X = np.asarray(X, dtype=float)
    h = np.array(h0, dtype=float)
    c = np.array(c0, dtype=float)
    H = h.shape[1]
    # The input projection does not depend on the recurrence: do it for all time steps at once.
    x_proj = X @ W_ih.T + b_ih + b_hh            # (T, N, G*H), both biases folded in
    outputs = []
    for t in range(len(X)):
        pre = x_proj[t] + h @ W_hh.T             # only this part has to wait for h_{t-1}
        if cell == "rnn":
            h = np.tanh(pre)
        else:
            # PyTorch's gate order along the 4H axis: input, forget, cell candidate, output.
            i = _sigmoid(pre[:, 0 * H:1 * H])
            f = _sigmoid(pre[:, 1 * H:2 * H])
            g = np.tanh(pre[:, 2 * H:3 * H])
            o = _sigmoid(pre[:, 3 * H:4 * H])
            c = f * c + i * g                    # additive memory update
            h = o * np.tanh(c)
        outputs.append(h)
    return np.stack(outputs)
