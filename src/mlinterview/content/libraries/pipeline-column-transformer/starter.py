from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def cv_pipeline(df, numeric, categorical, target, n_splits):
    """Cross-validate scaling + one-hot encoding + logistic regression without leakage.

    df: DataFrame; numeric, categorical: lists of column names; target: the label column;
    n_splits: folds of an unshuffled KFold.
    Returns {"scores": [...], "means": [[...]], "scales": [[...]], "categories": [[[...]]]}.
    """
    pass
