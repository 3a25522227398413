import numpy as np


def split_indices(y, perm, n_test, n_folds):
    """Hold out perm[:n_test] as the test set, then stratified k-fold on the rest.

    Returns {"train": indices in perm order, "test": indices in perm order,
             "folds": list of n_folds sorted index arrays partitioning train}.
    """
    pass
