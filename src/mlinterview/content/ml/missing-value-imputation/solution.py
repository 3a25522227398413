import numpy as np


def impute(X_train, X_test, strategy):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    observed = ~np.isnan(X_train)
    fill = np.zeros(X_train.shape[1])          # columns with nothing observed keep 0
    has_data = observed.any(axis=0)
    # Statistics of the observed training values only; nanmean / nanmedian skip the NaNs.
    # (Calling them on an all-NaN column would warn and return NaN, hence the mask.)
    reduce = {"mean": np.nanmean, "median": np.nanmedian}[strategy]
    fill[has_data] = reduce(X_train[:, has_data], axis=0)

    def fill_in(X):
        # np.where broadcasts the fill row over every row; observed values pass through.
        return np.where(np.isnan(X), fill, X)

    return fill_in(X_train), fill_in(X_test)
