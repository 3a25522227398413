import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold


def grouped_cv(X, y, groups, n_splits, stratified):
    """Cross-validate a logistic regression so that no group is in both train and test.

    X: (n, d) floats; y: (n,) 0/1 labels; groups: (n,) integer group ids; n_splits: folds;
    stratified: use StratifiedGroupKFold instead of GroupKFold.
    Returns {"folds": [{"test_groups": [...], "n_train": int, "score": float}, ...]}.
    """
    pass
