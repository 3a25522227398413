from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def time_series_cv(X, y, n_splits, gap, test_size):
    """Walk-forward validation: train on the past only, skip `gap` rows, test on the next block.

    X: (n, d) floats in time order; y: (n,) floats; test_size: rows per test block, or None.
    Returns {"folds": [{"train": [indices], "test": [indices], "mae": float}, ...]}.
    """
    pass
