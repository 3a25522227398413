import numpy as np


def conv2d(x, w, b, stride, padding):
    """2-D convolution layer (cross-correlation, as in deep-learning libraries), NCHW layout.

    x: (N, C, H, W); w: (F, C, KH, KW); b: (F,); stride, padding: ints.
    Returns the (N, F, OH, OW) output.
    """
    pass
