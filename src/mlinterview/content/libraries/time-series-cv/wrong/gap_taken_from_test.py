# Wrong: a hand-rolled walk-forward split that puts the gap at the start of each test block
# instead of at the end of the training rows, so the test blocks are shorter and shifted.
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def time_series_cv(X, y, n_splits, gap, test_size):
    n = len(X)
    size = test_size if test_size is not None else n // (n_splits + 1)
    folds = []
    for i in range(n_splits):
        start = n - (n_splits - i) * size
        train = np.arange(0, start)
        test = np.arange(start + gap, start + size)
        if len(test) == 0:
            test = np.arange(start, start + size)
        model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X[train], y[train])
        folds.append(
            {
                "train": train.tolist(),
                "test": test.tolist(),
                "mae": float(mean_absolute_error(y[test], model.predict(X[test]))),
            }
        )
    return {"folds": folds}
