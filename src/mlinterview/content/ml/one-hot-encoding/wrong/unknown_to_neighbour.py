# Wrong: looks values up with np.searchsorted and never checks that the value was found, so an
# unknown category switches on a neighbouring category's slot instead of staying all zeros.
import numpy as np


def one_hot_encode(train, test):
    blocks = []
    for j in range(len(train[0])):
        values = np.array(sorted({row[j] for row in train}))
        column = np.array([row[j] for row in test])
        position = np.clip(np.searchsorted(values, column), 0, len(values) - 1)
        blocks.append((position[:, None] == np.arange(len(values))).astype(float))
    return np.hstack(blocks)
