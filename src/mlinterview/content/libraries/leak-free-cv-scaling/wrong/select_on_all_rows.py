# Wrong: the classic leak. Scales and picks the k best columns on ALL rows, then cross-validates
# only the classifier: the F-tests have seen every test fold's labels, so the chosen columns and
# the fold losses are optimistic.
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler


def leak_free_cv(X, y, k, n_splits):
    Xs = StandardScaler().fit_transform(X)
    selector = SelectKBest(f_classif, k=k).fit(Xs, y)
    Xk = selector.transform(Xs)
    scores = cross_val_score(
        LogisticRegression(max_iter=1000), Xk, y, cv=StratifiedKFold(n_splits), scoring="neg_log_loss"
    )
    chosen = np.flatnonzero(selector.get_support()).tolist()
    return {"log_loss": (-scores).tolist(), "selected": [chosen] * n_splits}
