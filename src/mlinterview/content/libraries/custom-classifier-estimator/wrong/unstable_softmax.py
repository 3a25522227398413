# Wrong: exponentiates the negative distances directly, without subtracting the row maximum;
# for points far from every centroid (or a small temperature) every exp underflows to 0 and the
# probabilities become 0/0 = nan.
import numpy as np
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
        with np.errstate(invalid="ignore", divide="ignore"):
            e = np.exp(-self._d2(X) / self.temperature)
            return e / e.sum(axis=1, keepdims=True)

    def predict(self, X):
        d2 = self._d2(X)
        return self.classes_[np.argmin(d2, axis=1)]
