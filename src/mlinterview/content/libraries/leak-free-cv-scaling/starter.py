import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def leak_free_cv(X, y, k, n_splits):
    """Cross-validate scaling + k-best feature selection + logistic regression without leakage.

    X: (n, d) floats; y: (n,) 0/1 labels; k: features to keep; n_splits: StratifiedKFold folds.
    Returns {"log_loss": [one float per fold], "selected": [sorted kept column indices per fold]}.
    """
    pass
