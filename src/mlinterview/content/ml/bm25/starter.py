import numpy as np


def bm25_scores(docs, queries, k1, b):
    """Okapi BM25 score of every document for every query, shape (len(queries), len(docs)).
    idf = ln(1 + (N - df + 0.5) / (df + 0.5)); tokens: str.split()."""
    pass
