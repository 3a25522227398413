from collections import defaultdict

import numpy as np


def bm25_scores(docs, queries, k1, b):
    tokenized = [doc.split() for doc in docs]
    N = len(docs)
    lengths = np.array([len(tokens) for tokens in tokenized], dtype=float)
    avgdl = lengths.mean()
    # Length normalisation per document: k1 * (1 - b + b * |D| / avgdl). With b = 0 length is
    # ignored; with b = 1 a document twice the average length needs twice the term count.
    norm = k1 * (1 - b + b * lengths / avgdl)

    # Inverted index: term -> {document: count}. Only documents containing a term ever score
    # for it, which also means 0 / 0 (k1 = 0, or b = 1 with an empty document) never happens.
    postings = defaultdict(dict)
    for d, tokens in enumerate(tokenized):
        for term in tokens:
            postings[term][d] = postings[term].get(d, 0) + 1

    scores = np.zeros((len(queries), N))
    for qi, query in enumerate(queries):
        for term in query.split():  # a repeated query term contributes once per occurrence
            if term not in postings:
                continue  # in no document: contributes nothing anywhere
            ids = np.fromiter(postings[term].keys(), dtype=int)
            tf = np.fromiter(postings[term].values(), dtype=float)
            n_t = len(ids)  # document frequency
            # Lucene's idf: the + 1 inside the log keeps it positive even for a term that is in
            # more than half of the documents.
            idf = np.log(1 + (N - n_t + 0.5) / (n_t + 0.5))
            # Saturating term frequency: grows like tf at first, tends to (k1 + 1) for large tf.
            scores[qi, ids] += idf * tf * (k1 + 1) / (tf + norm[ids])
    return scores
