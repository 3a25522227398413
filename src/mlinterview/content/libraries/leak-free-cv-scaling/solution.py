import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def leak_free_cv(X, y, k, n_splits):
    # Every step that looks at the data (the scaler's means, the selector's F-tests) is inside
    # the pipeline, so each fold refits them on its own training rows.
    model = make_pipeline(
        StandardScaler(), SelectKBest(f_classif, k=k), LogisticRegression(max_iter=1000)
    )
    result = cross_validate(
        model,
        X,
        y,
        cv=StratifiedKFold(n_splits=n_splits),
        scoring="neg_log_loss",
        return_estimator=True,
    )
    selected = [
        np.flatnonzero(est.named_steps["selectkbest"].get_support()).tolist()
        for est in result["estimator"]
    ]
    # scikit-learn maximises scores, so it reports the log loss negated: undo the sign.
    return {"log_loss": (-result["test_score"]).tolist(), "selected": selected}
