# Wrong: takes randint(low, high) as inclusive and writes randint(1, 7) for "1 to 7" (and
# randint(1, 10) for "1 to 10"): the upper values can never be drawn, and every draw changes.
from scipy.stats import loguniform, randint, uniform
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold
from sklearn.tree import DecisionTreeClassifier


def random_search(X, y, n_iter, seed):
    space = {
        "criterion": ["gini", "entropy"],  # a list: one element drawn uniformly
        "max_depth": randint(1, 7),
        "min_samples_leaf": randint(1, 10),
        # scipy's uniform is (loc, scale): the interval [loc, loc + scale] = [0.2, 1.0]
        "max_features": uniform(loc=0.2, scale=0.8),
        # a scale parameter: uniform in log space, as likely in [1e-4, 1e-3] as in [1e-2, 1e-1]
        "ccp_alpha": loguniform(1e-4, 1e-1),
    }
    search = RandomizedSearchCV(
        # The tree itself is random when max_features < 1: seed it too.
        DecisionTreeClassifier(random_state=seed),
        space,
        n_iter=n_iter,
        scoring="accuracy",
        cv=StratifiedKFold(n_splits=3),
        random_state=seed,  # seeds the sampling of the candidates
    )
    search.fit(X, y)
    return {
        "best_params": search.best_params_,
        "best_score": float(search.best_score_),
        "candidates": search.cv_results_["params"],
        "mean_scores": search.cv_results_["mean_test_score"].tolist(),
    }
