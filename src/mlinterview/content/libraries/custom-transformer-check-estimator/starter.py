import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data


class Winsorizer(TransformerMixin, BaseEstimator):
    """Clips every column to the [lower, upper] quantiles learnt in fit.

    Parameters: lower=0.05, upper=0.95. Fitted attributes: lower_bounds_, upper_bounds_,
    n_features_in_.
    """

    def __init__(self, lower=0.05, upper=0.95):
        pass

    def fit(self, X, y=None):
        pass

    def transform(self, X):
        pass
