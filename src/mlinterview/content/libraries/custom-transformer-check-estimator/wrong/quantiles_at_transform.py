# Wrong: learns nothing in fit and takes the quantiles of whatever it is asked to transform, so
# test data is clipped with its own statistics (a leak, and different numbers).
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import validate_data


class Winsorizer(TransformerMixin, BaseEstimator):
    def __init__(self, lower=0.05, upper=0.95):
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        validate_data(self, X, dtype=np.float64)
        return self

    def transform(self, X):
        X = validate_data(self, X, dtype=np.float64, reset=False)
        self.lower_bounds_ = np.quantile(X, self.lower, axis=0)
        self.upper_bounds_ = np.quantile(X, self.upper, axis=0)
        return np.clip(X, self.lower_bounds_, self.upper_bounds_)
