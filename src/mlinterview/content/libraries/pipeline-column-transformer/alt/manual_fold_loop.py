# A plain loop over the folds instead of cross_validate: clone-free, one new pipeline per fold,
# dense one-hot output.
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def cv_pipeline(df, numeric, categorical, target, n_splits):
    out = {"scores": [], "means": [], "scales": [], "categories": []}
    for train, test in KFold(n_splits).split(df):
        tr, te = df.iloc[train], df.iloc[test]
        prep = ColumnTransformer(
            [
                ("num", StandardScaler(), numeric),
                ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical),
            ]
        )
        model = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000))])
        model.fit(tr[numeric + categorical], tr[target])
        out["scores"].append(float(model.score(te[numeric + categorical], te[target])))
        scaler = prep.named_transformers_["num"]
        out["means"].append(scaler.mean_.tolist())
        out["scales"].append(scaler.scale_.tolist())
        out["categories"].append([list(map(str, c)) for c in prep.named_transformers_["cat"].categories_])
    return out
