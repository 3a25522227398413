import numpy as np


def dropout(x, dout, p, u, training):
    x = np.asarray(x, dtype=float)
    dout = np.asarray(dout, dtype=float)
    if not training or p == 0.0:
        # Evaluation is the identity: the scaling already happened during training.
        return x.copy(), dout.copy()
    if p >= 1.0:
        # Everything is dropped. Handle it explicitly: 1 / (1 - p) would be a division by zero.
        return np.zeros_like(x), np.zeros_like(dout)
    # Keep a unit when its draw is at least p (probability 1 - p), and scale the survivors by
    # 1 / (1 - p) so the expected output equals x: E[mask * scale] = (1 - p) / (1 - p) = 1.
    mask = (np.asarray(u) >= p) / (1.0 - p)
    # The layer is linear in x for a fixed mask, so the backward pass applies the same mask.
    return x * mask, dout * mask
