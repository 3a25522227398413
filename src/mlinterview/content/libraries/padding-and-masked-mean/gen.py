"""Seeded hidden cases for padding-and-masked-mean: random lengths (some 0), some all-negative rows."""
import random


def _case(rng, B, longest, d, negative_share=0.3, empty_share=0.15):
    sequences = []
    for _ in range(B):
        L = 0 if rng.random() < empty_share else rng.randint(1, longest)
        lo, hi = (-100.0, -0.5) if rng.random() < negative_share else (-100.0, 100.0)
        sequences.append([[round(rng.uniform(lo, hi), 3) for _ in range(d)] for _ in range(L)])
    return [sequences, d]


def generate():
    rng = random.Random(8080)
    # Every sequence empty: T = 0, so padded is (2, 0, 3), a shape cases.yaml cannot write.
    yield "all-empty", [[[], []], 3]
    yield "mixed", _case(rng, 8, 10, 3)
    yield "largest", _case(rng, 32, 20, 8)
    yield "single-feature", _case(rng, 12, 6, 1)
    yield "mostly-negative", _case(rng, 10, 15, 4, negative_share=0.9)
    yield "many-empty", _case(rng, 9, 4, 2, empty_share=0.6)
