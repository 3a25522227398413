"""Seeded hidden cases for dataset-dataloader-collate: random lengths, token 0 included."""
import random


def _case(rng, n, longest, max_len, pad_value, batch_size, empty_share=0.1):
    sequences = []
    for _ in range(n):
        length = 0 if rng.random() < empty_share else rng.randint(1, longest)
        sequences.append([rng.randrange(0, 1000) if rng.random() > 0.1 else 0 for _ in range(length)])
    sequences = [[t for t in s if t != pad_value] for s in sequences]
    sequences[rng.randrange(n)] = [rng.randrange(1, 1000) for _ in range(longest)]  # the longest
    sequences = [[t for t in s if t != pad_value] for s in sequences]
    labels = [rng.randrange(10) for _ in range(n)]
    return [sequences, labels, max_len, pad_value, batch_size]


def generate():
    rng = random.Random(6061)
    yield "mixed-lengths", _case(rng, 20, 12, 10, 1, 4)
    yield "largest", _case(rng, 64, 40, 32, 1000, 5)
    yield "no-truncation", _case(rng, 30, 8, 32, 3, 7)
    yield "one-batch", _case(rng, 17, 20, 16, 0, 64)
    yield "many-empty", _case(rng, 24, 5, 4, 2, 3, empty_share=0.5)
