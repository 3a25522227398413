# Plain and correct: a Counter of tokens per document, document frequencies from the set of
# each document's tokens, then each row weighted by the smoothed idf and divided by its length.
import math
from collections import Counter

import numpy as np


def tfidf(docs, vocabulary):
    n = len(docs)
    column = {term: j for j, term in enumerate(vocabulary)}
    counts = [Counter(t for t in doc.split() if t in column) for doc in docs]
    df = Counter()
    for c in counts:
        df.update(c.keys())
    idf = [math.log((1 + n) / (1 + df[term])) + 1 for term in vocabulary]
    table = np.zeros((n, len(vocabulary)))
    for i, c in enumerate(counts):
        weights = {column[term]: k * idf[column[term]] for term, k in c.items()}
        length = math.sqrt(sum(w * w for w in weights.values()))
        for j, w in weights.items():
            table[i, j] = w / length
    return table
