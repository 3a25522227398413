# Wrong: standardises X on the whole series before splitting: the past folds are scaled with
# means and deviations that include future rows (a look-ahead leak through the preprocessing).
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.preprocessing import StandardScaler


def time_series_cv(X, y, n_splits, gap, test_size):
    Xs = StandardScaler().fit_transform(X)
    folds = []
    for train, test in TimeSeriesSplit(n_splits=n_splits, gap=gap, test_size=test_size).split(Xs):
        model = Ridge(alpha=1.0).fit(Xs[train], y[train])
        folds.append(
            {
                "train": train.tolist(),
                "test": test.tolist(),
                "mae": float(mean_absolute_error(y[test], model.predict(Xs[test]))),
            }
        )
    return {"folds": folds}
