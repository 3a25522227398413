# Plain and correct, by another lookup: each column's sorted categories are searched with
# bisect (no dictionary), and every test row is encoded on its own, block after block.
from bisect import bisect_left

import numpy as np


def one_hot_encode(train, test):
    d = len(train[0])
    categories = [sorted(set(row[j] for row in train)) for j in range(d)]
    width = sum(len(values) for values in categories)
    rows = []
    for row in test:
        encoded = [0.0] * width
        start = 0
        for j, values in enumerate(categories):
            i = bisect_left(values, row[j])
            if i < len(values) and values[i] == row[j]:
                encoded[start + i] = 1.0
            start += len(values)
        rows.append(encoded)
    return np.array(rows, dtype=float).reshape(len(test), width)
