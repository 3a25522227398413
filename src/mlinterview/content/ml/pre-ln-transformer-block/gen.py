"""Seeded hidden cases for pre-ln-transformer-block: several widths, head counts and lengths."""
import numpy as np


def _block(rng, B, L, E, F, H, x_scale=1.0):
    def lin(out_f, in_f):
        return rng.normal(scale=1 / np.sqrt(in_f), size=(out_f, in_f)), 0.1 * rng.normal(size=out_f)

    x = x_scale * rng.normal(size=(B, L, E))
    g1, be1 = 1 + 0.2 * rng.normal(size=E), 0.1 * rng.normal(size=E)
    (Wq, bq), (Wk, bk), (Wv, bv), (Wo, bo) = (lin(E, E) for _ in range(4))
    g2, be2 = 1 + 0.2 * rng.normal(size=E), 0.1 * rng.normal(size=E)
    W1, b1 = lin(F, E)
    W2, b2 = lin(E, F)
    return [x, g1, be1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, g2, be2, W1, b1, W2, b2, H, 1e-5]


def generate():
    rng = np.random.default_rng(6060)
    specs = [("tiny-1-head", 1, 3, 4, 16, 1), ("2x5x8-2-heads", 2, 5, 8, 32, 2),
             ("3x7x12-3-heads", 3, 7, 12, 48, 3), ("single-token", 2, 1, 8, 32, 4),
             ("head-size-1", 1, 6, 8, 16, 8), ("narrow-mlp", 2, 10, 16, 8, 4),
             ("4x32x64-8-heads", 4, 32, 64, 256, 8),
             ("large-4x128x256-8-heads", 4, 128, 256, 1024, 8)]
    for name, B, L, E, F, H in specs:
        yield name, _block(rng, B, L, E, F, H)
    yield "large-input-scale", _block(rng, 2, 6, 16, 64, 4, x_scale=1e3)
    # The stated maxima with the most heads: 16 heads of size 16.
    yield "max-4x128x256-16-heads", _block(rng, 4, 128, 256, 1024, 16)
