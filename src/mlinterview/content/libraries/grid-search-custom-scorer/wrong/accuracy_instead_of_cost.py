# Wrong: searches with the default scoring (accuracy) and only computes the cost afterwards, so
# the chosen candidate ignores that a missed positive costs more than a false alarm.
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_predict


def mean_cost(y_true, y_pred, cost_fp, cost_fn):
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    return (cost_fp * fp + cost_fn * fn) / len(y_true)


def grid_search(X, y, param_grid, cost_fp, cost_fn, n_splits):
    cv = StratifiedKFold(n_splits=n_splits)
    search = GridSearchCV(LogisticRegression(max_iter=1000), param_grid, cv=cv).fit(X, y)
    costs = []
    for params in search.cv_results_["params"]:
        model = LogisticRegression(max_iter=1000, **params)
        fold_costs = []
        for train, test in cv.split(X, y):
            model.fit(X[train], y[train])
            fold_costs.append(mean_cost(y[test], model.predict(X[test]), cost_fp, cost_fn))
        costs.append(sum(fold_costs) / len(fold_costs))
    return {
        "best_params": search.best_params_,
        "best_cost": costs[search.best_index_],
        "mean_costs": costs,
        "refit_cost": float(mean_cost(y, search.predict(X), cost_fp, cost_fn)),
    }
