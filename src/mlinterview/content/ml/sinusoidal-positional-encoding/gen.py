"""Hidden cases for sinusoidal-positional-encoding: several sizes and bases, odd widths, long
sequences. Nothing random is needed; the sizes are fixed."""


def generate():
    specs = [("16x8", 16, 8, 10000.0), ("50x64", 50, 64, 10000.0), ("odd-width-33", 40, 33, 10000.0),
             ("base-100-seeded", 30, 12, 100.0), ("base-2", 20, 10, 2.0), ("width-2-seeded", 100, 2, 10000.0),
             ("long-4096x128", 4096, 128, 10000.0), ("wide-512x1024", 512, 1024, 10000.0),
             ("rope-base-500000", 64, 32, 500000.0),
             # The stated maxima: the longest sequence, and the widest model, each at 2^21 entries.
             ("max-8192x256", 8192, 256, 10000.0), ("max-2048x1024", 2048, 1024, 10000.0)]
    for name, L, d, base in specs:
        yield name, [L, d, base]
