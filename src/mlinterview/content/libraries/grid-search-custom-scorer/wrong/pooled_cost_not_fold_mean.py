# Wrong: a hand-written search that pools the out-of-fold predictions of all folds and costs them
# once (cross_val_predict), instead of averaging the per-fold costs as GridSearchCV does.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import ParameterGrid, StratifiedKFold, cross_val_predict


def mean_cost(y_true, y_pred, cost_fp, cost_fn):
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    return (cost_fp * fp + cost_fn * fn) / len(y_true)


def grid_search(X, y, param_grid, cost_fp, cost_fn, n_splits):
    candidates = list(ParameterGrid(param_grid))
    costs = []
    for params in candidates:
        pred = cross_val_predict(LogisticRegression(max_iter=1000, **params), X, y, cv=StratifiedKFold(n_splits))
        costs.append(float(mean_cost(y, pred, cost_fp, cost_fn)))
    best = int(np.argmin(costs))
    model = LogisticRegression(max_iter=1000, **candidates[best]).fit(X, y)
    return {
        "best_params": candidates[best],
        "best_cost": costs[best],
        "mean_costs": costs,
        "refit_cost": float(mean_cost(y, model.predict(X), cost_fp, cost_fn)),
    }
