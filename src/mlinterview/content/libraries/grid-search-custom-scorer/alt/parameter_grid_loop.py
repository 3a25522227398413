# The search written out: every candidate of ParameterGrid, the mean of its per-fold costs, the
# first lowest wins, refit on all rows.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import ParameterGrid, StratifiedKFold


def _cost(y_true, y_pred, cost_fp, cost_fn):
    fp = np.sum((y_pred == 1) & (y_true == 0))
    fn = np.sum((y_pred == 0) & (y_true == 1))
    return float((cost_fp * fp + cost_fn * fn) / len(y_true))


def grid_search(X, y, param_grid, cost_fp, cost_fn, n_splits):
    candidates = list(ParameterGrid(param_grid))
    folds = list(StratifiedKFold(n_splits).split(X, y))
    means = []
    for params in candidates:
        costs = []
        for train, test in folds:
            model = LogisticRegression(max_iter=1000, **params).fit(X[train], y[train])
            costs.append(_cost(y[test], model.predict(X[test]), cost_fp, cost_fn))
        means.append(float(np.mean(costs)))
    best = int(np.argmin(means))
    model = LogisticRegression(max_iter=1000, **candidates[best]).fit(X, y)
    return {
        "best_params": candidates[best],
        "best_cost": means[best],
        "mean_costs": means,
        "refit_cost": _cost(y, model.predict(X), cost_fp, cost_fn),
    }
