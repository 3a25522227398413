from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def cv_pipeline(df, numeric, categorical, target, n_splits):
    X = df[numeric + categorical]
    y = df[target]
    preprocess = ColumnTransformer(
        [
            ("num", StandardScaler(), numeric),
            # A category that only the test fold holds becomes an all-zero row, not an error.
            ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
        ]
    )
    model = Pipeline([("prep", preprocess), ("clf", LogisticRegression(max_iter=1000))])
    # The whole pipeline is the estimator: cross_validate clones it and fits it on each
    # training fold, so the scaler and the encoder never see the fold's test rows.
    # An explicit KFold: an integer cv would mean StratifiedKFold for a classifier.
    result = cross_validate(
        model, X, y, cv=KFold(n_splits=n_splits), scoring="accuracy", return_estimator=True
    )
    means, scales, categories = [], [], []
    for fitted in result["estimator"]:
        prep = fitted.named_steps["prep"]
        scaler = prep.named_transformers_["num"]
        encoder = prep.named_transformers_["cat"]
        means.append(scaler.mean_.tolist())
        scales.append(scaler.scale_.tolist())
        categories.append([[str(c) for c in cats] for cats in encoder.categories_])
    return {
        "scores": result["test_score"].tolist(),
        "means": means,
        "scales": scales,
        "categories": categories,
    }
