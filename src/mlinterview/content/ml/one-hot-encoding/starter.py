import numpy as np


def one_hot_encode(train, test):
    """One-hot encode the test rows with categories learned from the training rows.

    train, test: lists of rows. Categories per column: sorted distinct training values.
    Unknown test values get an all-zero block. Returns an array (len(test), total categories).
    """
    pass
