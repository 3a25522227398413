# Wrong: measures permutation importance on the training rows. A fully grown tree fits them
# exactly, so shuffling any column it split on (noise included) looks harmful.
import numpy as np
from sklearn.inspection import permutation_importance
from sklearn.tree import DecisionTreeRegressor


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats, seed):
    model = DecisionTreeRegressor(random_state=seed).fit(X_train, y_train)
    result = permutation_importance(
        model, X_train, y_train, n_repeats=n_repeats, random_state=seed
    )
    mean = result.importances_mean
    # Most important first; a stable sort keeps equal importances in column order.
    ranking = np.argsort(-mean, kind="stable")
    return {
        "importances_mean": mean.tolist(),
        "importances_std": result.importances_std.tolist(),
        "ranking": ranking.tolist(),
    }
