# Wrong: ordinary shuffled KFold on time-ordered rows: folds train on rows that come after their
# test rows, so the model is validated with knowledge of the future.
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def time_series_cv(X, y, n_splits, gap, test_size):
    folds = []
    for train, test in KFold(n_splits=n_splits, shuffle=True, random_state=0).split(X):
        model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X[train], y[train])
        folds.append(
            {
                "train": train.tolist(),
                "test": test.tolist(),
                "mae": float(mean_absolute_error(y[test], model.predict(X[test]))),
            }
        )
    return {"folds": folds}
