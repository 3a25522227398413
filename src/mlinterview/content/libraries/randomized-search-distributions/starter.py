from scipy.stats import loguniform, randint, uniform
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold
from sklearn.tree import DecisionTreeClassifier


def random_search(X, y, n_iter, seed):
    """Randomized search of a DecisionTreeClassifier over the space given in the statement.

    Returns {"best_params": dict, "best_score": float, "candidates": [dict per candidate],
             "mean_scores": [float per candidate]}.
    """
    pass
