# Wrong: clips with out=X to save memory. validate_data does not copy a float64 array, so the
# caller's data is overwritten by transform.
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data


class Winsorizer(TransformerMixin, BaseEstimator):
    def __init__(self, lower=0.05, upper=0.95):
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        X = validate_data(self, X, dtype=np.float64)
        self.lower_bounds_ = np.quantile(X, self.lower, axis=0)
        self.upper_bounds_ = np.quantile(X, self.upper, axis=0)
        return self

    def transform(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        np.clip(X, self.lower_bounds_, self.upper_bounds_, out=X)
        return X
