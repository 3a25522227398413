import numpy as np
from sklearn.inspection import permutation_importance
from sklearn.tree import DecisionTreeRegressor


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats, seed):
    model = DecisionTreeRegressor(random_state=seed).fit(X_train, y_train)
    # On held-out rows: a feature is important if shuffling it hurts predictions on data the
    # model has not memorised. On the training rows, a fully grown tree would "need" even the
    # noise columns it used to fit every point.
    result = permutation_importance(
        model, X_test, y_test, n_repeats=n_repeats, random_state=seed  # scoring: the model's R^2
    )
    mean = result.importances_mean
    # Most important first; a stable sort keeps equal importances in column order.
    ranking = np.argsort(-mean, kind="stable")
    return {
        "importances_mean": mean.tolist(),
        "importances_std": result.importances_std.tolist(),
        "ranking": ranking.tolist(),
    }
