import numpy as np
from sklearn.inspection import permutation_importance
from sklearn.tree import DecisionTreeRegressor


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats, seed):
    """Permutation importance of a DecisionTreeRegressor on the held-out rows.

    Returns {"importances_mean": [per feature], "importances_std": [per feature],
             "ranking": [feature indices, most important first]}.
    """
    pass
