# Wrong: shuffles the groups (GroupKFold(shuffle=True) / StratifiedGroupKFold(shuffle=True)) with a
# seed of its own, so the groups stay whole but the folds are not the deterministic ones asked for.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold


def grouped_cv(X, y, groups, n_splits, stratified):
    if stratified:
        splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=0)
    else:
        splitter = GroupKFold(n_splits=n_splits, shuffle=True, random_state=0)
    folds = []
    for train, test in splitter.split(X, y, groups=groups):
        model = LogisticRegression(max_iter=1000).fit(X[train], y[train])
        folds.append(
            {
                "test_groups": np.unique(groups[test]).tolist(),
                "n_train": int(len(train)),
                "score": float(model.score(X[test], y[test])),
            }
        )
    return {"folds": folds}
