# The walk-forward windows computed by hand instead of with TimeSeriesSplit.
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def time_series_cv(X, y, n_splits, gap, test_size):
    n = len(X)
    size = test_size if test_size is not None else n // (n_splits + 1)
    folds = []
    for i in range(n_splits):
        start = n - (n_splits - i) * size
        train = np.arange(0, start - gap)
        test = np.arange(start, start + size)
        model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X[train], y[train])
        mae = float(np.mean(np.abs(y[test] - model.predict(X[test]))))
        folds.append({"train": train.tolist(), "test": test.tolist(), "mae": mae})
    return {"folds": folds}
