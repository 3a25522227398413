# cross_validate with groups= and return_indices=True instead of a hand-written loop.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold, cross_validate


def grouped_cv(X, y, groups, n_splits, stratified):
    cv = StratifiedGroupKFold(n_splits) if stratified else GroupKFold(n_splits)
    res = cross_validate(
        LogisticRegression(max_iter=1000), X, y, groups=groups, cv=cv, scoring="accuracy", return_indices=True
    )
    folds = []
    for score, train, test in zip(res["test_score"], res["indices"]["train"], res["indices"]["test"], strict=True):
        folds.append({"test_groups": sorted(set(groups[test].tolist())), "n_train": len(train), "score": float(score)})
    return {"folds": folds}
