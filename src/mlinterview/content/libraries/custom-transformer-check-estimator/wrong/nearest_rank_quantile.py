# Wrong: takes the quantile as the value at index int(q * n) of the sorted column (a nearest-rank
# shortcut) instead of np.quantile's linear interpolation, so the bounds are off between ranks.
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data


class Winsorizer(TransformerMixin, BaseEstimator):
    def __init__(self, lower=0.05, upper=0.95):
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        X = validate_data(self, X, dtype=np.float64)
        s = np.sort(X, axis=0)
        n = len(s)
        self.lower_bounds_ = s[min(int(self.lower * n), n - 1)]
        self.upper_bounds_ = s[min(int(self.upper * n), n - 1)]
        return self

    def transform(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return np.clip(X, self.lower_bounds_, self.upper_bounds_)
