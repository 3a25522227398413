import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    # Squared distances, shape (m, n): same order as Euclidean, no square root needed.
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    # A stable sort keeps equal distances in training-index order: lower index wins a tie.
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]
    classes, codes = np.unique(y_train, return_inverse=True)  # classes come out sorted
    votes = np.zeros((X_test.shape[0], len(classes)), dtype=int)
    rows = np.repeat(np.arange(X_test.shape[0]), k)
    np.add.at(votes, (rows, codes[nearest].ravel()), 1)
    # argmax returns the first maximum, i.e. the smallest label among the most common.
    return classes[votes.argmax(axis=1)]
