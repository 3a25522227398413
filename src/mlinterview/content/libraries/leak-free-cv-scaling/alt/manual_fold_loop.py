# A plain loop over StratifiedKFold: fit the pipeline on the training rows, log_loss of
# predict_proba on the test rows.
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def leak_free_cv(X, y, k, n_splits):
    losses, selected = [], []
    for train, test in StratifiedKFold(n_splits).split(X, y):
        pipe = Pipeline(
            [
                ("scale", StandardScaler()),
                ("select", SelectKBest(f_classif, k=k)),
                ("model", LogisticRegression(max_iter=1000)),
            ]
        ).fit(X[train], y[train])
        losses.append(float(log_loss(y[test], pipe.predict_proba(X[test]), labels=pipe.classes_)))
        selected.append(np.flatnonzero(pipe.named_steps["select"].get_support()).tolist())
    return {"log_loss": losses, "selected": selected}
