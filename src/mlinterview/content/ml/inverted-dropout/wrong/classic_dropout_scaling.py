# Wrong: "classic" dropout - no scaling during training, multiply by (1 - p) at evaluation.
# Same expected behaviour, but not the inverted dropout the contract asks for.
import numpy as np


def dropout(x, dout, p, u, training):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    if not training:
        return x * (1 - p), dout * (1 - p)
    mask = (np.asarray(u) >= p).astype(float)
    return x * mask, dout * mask
