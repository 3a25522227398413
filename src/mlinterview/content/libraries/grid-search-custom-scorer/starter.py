from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, make_scorer
from sklearn.model_selection import GridSearchCV, StratifiedKFold


def grid_search(X, y, param_grid, cost_fp, cost_fn, n_splits):
    """Grid-search LogisticRegression(max_iter=1000) for the lowest mean misclassification cost.

    Returns {"best_params": dict, "best_cost": float, "mean_costs": [per candidate],
             "refit_cost": float}.
    """
    pass
