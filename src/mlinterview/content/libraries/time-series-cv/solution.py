from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def time_series_cv(X, y, n_splits, gap, test_size):
    # Expanding window: each fold trains on rows 0..t-1 - gap and tests on the next test_size
    # rows, so the model never sees the future, and the `gap` rows just before the test block
    # (whose targets may overlap the test period) are left out of the training.
    splitter = TimeSeriesSplit(n_splits=n_splits, gap=gap, test_size=test_size)
    folds = []
    for train, test in splitter.split(X):
        # The scaler is part of the model, so its means come from the past rows only.
        model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X[train], y[train])
        folds.append(
            {
                "train": train.tolist(),
                "test": test.tolist(),
                "mae": float(mean_absolute_error(y[test], model.predict(X[test]))),
            }
        )
    return {"folds": folds}
