from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, make_scorer
from sklearn.model_selection import GridSearchCV, StratifiedKFold


def mean_cost(y_true, y_pred, cost_fp, cost_fn):
    # A metric takes (y_true, y_pred) in that order. With labels fixed to [0, 1] the matrix is
    # 2 x 2 even when a fold predicts one class only; ravel gives tn, fp, fn, tp.
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    return (cost_fp * fp + cost_fn * fn) / len(y_true)


def grid_search(X, y, param_grid, cost_fp, cost_fn, n_splits):
    # greater_is_better=False: the search maximises the scorer, so make_scorer negates the cost.
    # Extra keyword arguments of make_scorer are passed on to the metric.
    scorer = make_scorer(mean_cost, greater_is_better=False, cost_fp=cost_fp, cost_fn=cost_fn)
    search = GridSearchCV(
        LogisticRegression(max_iter=1000),
        param_grid,
        scoring=scorer,
        cv=StratifiedKFold(n_splits=n_splits),
        refit=True,  # the default: refit the best candidate on all rows
    )
    search.fit(X, y)
    return {
        "best_params": search.best_params_,
        "best_cost": float(-search.best_score_),  # undo the scorer's sign
        "mean_costs": (-search.cv_results_["mean_test_score"]).tolist(),
        "refit_cost": float(mean_cost(y, search.predict(X), cost_fp, cost_fn)),
    }
