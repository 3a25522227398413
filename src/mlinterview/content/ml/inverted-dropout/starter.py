import numpy as np


def dropout(x, dout, p, u, training):
    """Inverted dropout with a given mask draw.

    x: activations; dout: upstream gradient (same shape); p: drop probability in [0, 1];
    u: uniform draws in [0, 1) shaped like x (keep a unit when u >= p); training: bool.
    Returns (out, dx), both shaped like x.
    """
    pass
