import numpy as np
from scipy.special import softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data


class CentroidClassifier(ClassifierMixin, BaseEstimator):
    """Nearest class mean, with probabilities from a softmax of negative squared distances."""

    def __init__(self, temperature=1.0):
        # Store the parameter as given; checks belong in fit (clone/set_params skip __init__ logic).
        self.temperature = temperature

    def fit(self, X, y):
        # Validates X and y together (same length, 2-D numeric finite X) and sets n_features_in_.
        X, y = validate_data(self, X, y)
        check_classification_targets(y)  # refuses continuous targets
        if not self.temperature > 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        # classes_ sorted (np.unique); y_index maps every label to its row in classes_, so
        # string labels and labels like [3, 7] work the same way as 0..k-1.
        self.classes_, y_index = np.unique(y, return_inverse=True)
        self.centroids_ = np.array([X[y_index == k].mean(axis=0) for k in range(len(self.classes_))])
        return self

    def _sq_distances(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, reset=False)
        return ((X[:, None, :] - self.centroids_[None, :, :]) ** 2).sum(axis=2)

    def predict_proba(self, X):
        # softmax subtracts the row maximum before exponentiating: far-away points do not
        # underflow to 0/0.
        return softmax(-self._sq_distances(X) / self.temperature, axis=1)

    def predict(self, X):
        # Distances first: they check that the estimator is fitted before classes_ is read.
        d2 = self._sq_distances(X)
        # argmin of the distance = argmax of the probability; ties go to the first class.
        return self.classes_[np.argmin(d2, axis=1)]
