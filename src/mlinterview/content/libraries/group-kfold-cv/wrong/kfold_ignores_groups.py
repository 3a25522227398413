# Wrong: splits the rows with KFold, ignoring the groups, so rows of the same group land in both
# the training and the test rows of a fold and the score measures memorised groups.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold


def grouped_cv(X, y, groups, n_splits, stratified):
    splitter = StratifiedKFold(n_splits) if stratified else KFold(n_splits)
    folds = []
    for train, test in splitter.split(X, y):
        model = LogisticRegression(max_iter=1000).fit(X[train], y[train])
        folds.append(
            {
                "test_groups": np.unique(groups[test]).tolist(),
                "n_train": int(len(train)),
                "score": float(model.score(X[test], y[test])),
            }
        )
    return {"folds": folds}
