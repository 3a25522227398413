# Wrong: orders each column's categories by first appearance in the training data instead of
# sorting them, so the indicator columns come out permuted.
import numpy as np


def one_hot_encode(train, test):
    blocks = []
    for j in range(len(train[0])):
        values = list(dict.fromkeys(row[j] for row in train))
        block = np.zeros((len(test), len(values)))
        for r, row in enumerate(test):
            if row[j] in values:
                block[r, values.index(row[j])] = 1.0
        blocks.append(block)
    return np.hstack(blocks)
