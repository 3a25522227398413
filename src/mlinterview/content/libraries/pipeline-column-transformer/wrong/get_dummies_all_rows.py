# Wrong: one-hot encodes with pd.get_dummies on the whole frame before cross-validation (the
# scaler is inside the pipeline), so every fold knows the categories that only its test rows hold.
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def cv_pipeline(df, numeric, categorical, target, n_splits):
    dummies = pd.get_dummies(df[categorical].astype(str), prefix_sep="=").astype(float)
    X = pd.concat([df[numeric], dummies], axis=1)
    prep = ColumnTransformer([("num", StandardScaler(), numeric)], remainder="passthrough")
    model = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000))])
    result = cross_validate(model, X, df[target], cv=KFold(n_splits), scoring="accuracy", return_estimator=True)
    cats = [[c.split("=", 1)[1] for c in dummies.columns if c.startswith(col + "=")] for col in categorical]
    means = [est.named_steps["prep"].named_transformers_["num"].mean_.tolist() for est in result["estimator"]]
    scales = [est.named_steps["prep"].named_transformers_["num"].scale_.tolist() for est in result["estimator"]]
    return {
        "scores": result["test_score"].tolist(),
        "means": means,
        "scales": scales,
        "categories": [cats] * n_splits,
    }
