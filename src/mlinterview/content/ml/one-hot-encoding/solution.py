import numpy as np


def one_hot_encode(train, test):
    n_columns = len(train[0])
    # Fit: each column's categories, sorted, so the output layout does not depend on the order
    # in which values happen to appear in the data.
    categories = [sorted({row[j] for row in train}) for j in range(n_columns)]

    # One block of indicator columns per input column, laid out left to right.
    offsets = np.cumsum([0] + [len(c) for c in categories])
    encoded = np.zeros((len(test), int(offsets[-1])))
    for j, values in enumerate(categories):
        slot = {value: offsets[j] + i for i, value in enumerate(values)}
        for r, row in enumerate(test):
            # A value never seen in training has no slot: its block stays all zeros.
            if row[j] in slot:
                encoded[r, slot[row[j]]] = 1.0
    return encoded
