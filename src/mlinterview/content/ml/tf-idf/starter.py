import numpy as np


def tfidf(docs, vocabulary):
    """TF-IDF matrix (len(docs), len(vocabulary)) with raw counts, smoothed idf
    ln((1 + n) / (1 + df)) + 1 and L2-normalised rows. Tokens: doc.split()."""
    pass
