# Wrong: checks and converts the parameters in __init__. scikit-learn's clone and set_params
# bypass __init__'s logic, and check_estimator flags an __init__ that does more than store them.
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data


class Winsorizer(TransformerMixin, BaseEstimator):
    def __init__(self, lower=0.05, upper=0.95):
        if not 0.0 <= lower <= upper <= 1.0:
            raise ValueError("need 0 <= lower <= upper <= 1")
        self.lower = float(lower)
        self.upper = float(upper)

    def fit(self, X, y=None):
        X = validate_data(self, X, dtype=np.float64)
        self.lower_bounds_ = np.quantile(X, self.lower, axis=0)
        self.upper_bounds_ = np.quantile(X, self.upper, axis=0)
        return self

    def transform(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return np.clip(X, self.lower_bounds_, self.upper_bounds_)
