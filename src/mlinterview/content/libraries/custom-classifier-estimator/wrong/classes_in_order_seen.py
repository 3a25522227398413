# Wrong: builds classes_ in the order the labels first appear (pd.unique) instead of sorted, so
# classes_ and the columns of predict_proba are not in the order scikit-learn promises.
import numpy as np
import pandas as pd
from scipy.special import softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data


class CentroidClassifier(ClassifierMixin, BaseEstimator):
    def __init__(self, temperature=1.0):
        self.temperature = temperature

    def fit(self, X, y):
        X, y = validate_data(self, X, y)
        check_classification_targets(y)
        self.classes_ = np.asarray(pd.unique(y))
        self.centroids_ = np.array([X[y == c].mean(axis=0) for c in self.classes_])
        return self

    def _d2(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, reset=False)
        return ((X[:, None, :] - self.centroids_[None, :, :]) ** 2).sum(axis=2)

    def predict_proba(self, X):
        return softmax(-self._d2(X) / self.temperature, axis=1)

    def predict(self, X):
        d2 = self._d2(X)
        return self.classes_[np.argmin(d2, axis=1)]
