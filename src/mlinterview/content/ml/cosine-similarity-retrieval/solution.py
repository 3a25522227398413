import numpy as np


def _unit_rows(X):
    # Divide each row by its length; a zero row stays zero (its cosine with anything is 0).
    norms = np.sqrt((X * X).sum(axis=1, keepdims=True))
    return X / np.where(norms > 0, norms, 1.0)


def top_k_cosine(queries, docs, k):
    Q = _unit_rows(np.asarray(queries, dtype=float))
    D = _unit_rows(np.asarray(docs, dtype=float))
    sims = Q @ D.T                                    # (n_queries, n_docs) cosine similarities
    # A stable sort of -sims: highest similarity first, equal similarities by lower doc index.
    order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
