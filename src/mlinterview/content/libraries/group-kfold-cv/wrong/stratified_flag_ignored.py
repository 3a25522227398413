# Wrong: always uses GroupKFold, even when the stratified splitter is asked for: the groups stay
# whole, but the folds are not balanced by class and hold other groups.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold


def grouped_cv(X, y, groups, n_splits, stratified):
    # Both splitters keep every group whole: all rows of a patient (a user, a device) are either
    # in the training rows or in the test rows of a fold, never both. The stratified one also
    # balances the class proportions across folds as far as whole groups allow.
    if stratified:
        splitter = GroupKFold(n_splits=n_splits)
    else:
        splitter = GroupKFold(n_splits=n_splits)
    folds = []
    # The groups must be passed to split(): without them there is nothing to keep together.
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
