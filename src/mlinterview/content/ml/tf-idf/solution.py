import numpy as np


def tfidf(docs, vocabulary):
    column = {term: j for j, term in enumerate(vocabulary)}
    n = len(docs)
    # Raw term counts; tokens outside the vocabulary are ignored.
    tf = np.zeros((n, len(vocabulary)))
    for i, doc in enumerate(docs):
        for token in doc.split():
            j = column.get(token)
            if j is not None:
                tf[i, j] += 1
    # Document frequency: in how many documents each term appears (not how many times).
    df = (tf > 0).sum(axis=0)
    # Smoothed idf: as if one extra document contained every term once. Never divides by zero,
    # and the +1 keeps terms that occur everywhere from being zeroed out.
    idf = np.log((1 + n) / (1 + df)) + 1
    X = tf * idf
    # L2-normalise each row; an empty row (no vocabulary term) stays all zeros.
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(norms > 0, norms, 1.0)
