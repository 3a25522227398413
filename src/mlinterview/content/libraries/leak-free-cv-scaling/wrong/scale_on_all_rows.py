# Wrong: keeps the selection inside the pipeline but standardises X on all rows first, so every
# fold is scaled with means and deviations that include its test rows (the chosen columns are
# the same, the losses are not).
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def leak_free_cv(X, y, k, n_splits):
    Xs = StandardScaler().fit_transform(X)
    model = make_pipeline(SelectKBest(f_classif, k=k), LogisticRegression(max_iter=1000))
    result = cross_validate(
        model, Xs, y, cv=StratifiedKFold(n_splits), scoring="neg_log_loss", return_estimator=True
    )
    selected = [np.flatnonzero(e.named_steps["selectkbest"].get_support()).tolist() for e in result["estimator"]]
    return {"log_loss": (-result["test_score"]).tolist(), "selected": selected}
