# Wrong: predict reads self.classes_ before anything checks that the model is fitted (Python
# evaluates `self.classes_` before the index expression), so an unfitted model raises
# AttributeError instead of NotFittedError, which check_estimator refuses.
import numpy as np
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
        self.classes_, idx = np.unique(y, return_inverse=True)
        self.centroids_ = np.array([X[idx == k].mean(axis=0) for k in range(len(self.classes_))])
        return self

    def _d2(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, reset=False)
        return ((X[:, None, :] - self.centroids_[None, :, :]) ** 2).sum(axis=2)

    def predict_proba(self, X):
        return softmax(-self._d2(X) / self.temperature, axis=1)

    def predict(self, X):
        return self.classes_[np.argmin(self._d2(X), axis=1)]
