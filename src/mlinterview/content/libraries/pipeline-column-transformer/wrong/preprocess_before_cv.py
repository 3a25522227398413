# Wrong: fits the ColumnTransformer once on every row and cross-validates only the classifier on
# the transformed matrix, so each fold's scaler and encoder have seen that fold's test rows.
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_validate
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def cv_pipeline(df, numeric, categorical, target, n_splits):
    prep = ColumnTransformer(
        [
            ("num", StandardScaler(), numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
        ]
    )
    Z = prep.fit_transform(df[numeric + categorical])
    y = df[target]
    result = cross_validate(LogisticRegression(max_iter=1000), Z, y, cv=KFold(n_splits), scoring="accuracy")
    scaler = prep.named_transformers_["num"]
    encoder = prep.named_transformers_["cat"]
    return {
        "scores": result["test_score"].tolist(),
        "means": [scaler.mean_.tolist()] * n_splits,
        "scales": [scaler.scale_.tolist()] * n_splits,
        "categories": [[[str(c) for c in cats] for cats in encoder.categories_]] * n_splits,
    }
