"""Seeded hidden cases for conv2d-im2col: random NCHW inputs with various kernels, strides, pads."""
import numpy as np


def _case(rng, N, C, H, W, F, KH, KW, stride, padding):
    return [rng.normal(size=(N, C, H, W)), rng.normal(size=(F, C, KH, KW)), rng.normal(size=F), stride, padding]


def generate():
    rng = np.random.default_rng(8989)
    configs = [(1, 1, 5, 5, 1, 3, 3, 1, 0), (2, 3, 6, 7, 4, 3, 2, 1, 1), (1, 2, 9, 9, 3, 5, 5, 2, 2),
               (3, 4, 8, 8, 2, 1, 1, 2, 0), (2, 3, 10, 6, 5, 4, 3, 3, 1), (1, 8, 16, 16, 8, 3, 3, 1, 1),
               (4, 3, 32, 32, 16, 7, 7, 2, 3), (2, 16, 12, 20, 8, 2, 4, 2, 0)]
    for cfg in configs:
        yield "conv-" + "-".join(map(str, cfg)), _case(rng, *cfg)
    yield "large-8x16x32x32-f32-k3", _case(rng, 8, 16, 32, 32, 32, 3, 3, 1, 1)
    # The stated maxima. All at once the patch matrix would be far larger than the stated
    # bound on N * OH * OW * C * KH * KW (2.5 * 10^6), so they are reached two ways:
    yield "max-8x32x32x32-f32-k3", _case(rng, 8, 32, 32, 32, 32, 3, 3, 1, 1)  # 2,359,296
    yield "max-kernel-7x7-stride-4-pad-3", _case(rng, 8, 32, 32, 32, 32, 7, 7, 4, 3)
    yield "max-stride-4-rectangular", _case(rng, 2, 5, 32, 17, 6, 7, 2, 4, 0)
