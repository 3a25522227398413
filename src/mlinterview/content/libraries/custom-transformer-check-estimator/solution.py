import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data


class Winsorizer(TransformerMixin, BaseEstimator):
    """Clips every column to the [lower, upper] quantiles learnt from the training data."""

    def __init__(self, lower=0.05, upper=0.95):
        # scikit-learn's contract: __init__ stores the parameters under their own names and does
        # nothing else (no validation, no conversion), so get_params/set_params/clone work.
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        # validate_data checks the input (2-D, numeric, finite, at least one row) and records
        # n_features_in_ (and feature_names_in_ for a DataFrame).
        X = validate_data(self, X, dtype=np.float64)
        if not 0.0 <= self.lower <= self.upper <= 1.0:
            raise ValueError(f"need 0 <= lower <= upper <= 1, got lower={self.lower}, upper={self.upper}")
        # Learnt state goes in attributes ending with "_", set only here.
        self.lower_bounds_ = np.quantile(X, self.lower, axis=0)
        self.upper_bounds_ = np.quantile(X, self.upper, axis=0)
        return self

    def transform(self, X):
        check_is_fitted(self)
        # reset=False: check that X has the columns seen in fit instead of recording new ones.
        X = validate_data(self, X, dtype=np.float64, reset=False)
        # np.clip returns a new array: the caller's X is not modified.
        return np.clip(X, self.lower_bounds_, self.upper_bounds_)
