# Wrong: splits by group correctly but scores each fold's model on its own training rows, which
# says how well it fits, not how well it generalises to unseen groups.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold


def grouped_cv(X, y, groups, n_splits, stratified):
    splitter = StratifiedGroupKFold(n_splits) if stratified else GroupKFold(n_splits)
    folds = []
    for train, test in splitter.split(X, y, groups=groups):
        model = LogisticRegression(max_iter=1000).fit(X[train], y[train])
        folds.append(
            {
                "test_groups": np.unique(groups[test]).tolist(),
                "n_train": int(len(train)),
                "score": float(model.score(X[train], y[train])),
            }
        )
    return {"folds": folds}
