"""BM25 from a dense document-by-term count matrix: one column per vocabulary word, and a
query's score is a sum of column operations."""

import numpy as np


def bm25_scores(docs, queries, k1, b):
    vocab = {}
    split_docs = [d.split() for d in docs]
    for words in split_docs:
        for w in words:
            vocab.setdefault(w, len(vocab))
    counts = np.zeros((len(docs), max(len(vocab), 1)))
    for i, words in enumerate(split_docs):
        for w in words:
            counts[i, vocab[w]] += 1
    n_docs = len(docs)
    doc_len = counts.sum(axis=1)
    avg_len = doc_len.mean()
    df = (counts > 0).sum(axis=0)
    idf = np.log((n_docs - df + 0.5) / (df + 0.5) + 1.0)
    denom_extra = k1 * (1.0 - b + b * doc_len / avg_len)

    out = np.zeros((len(queries), n_docs))
    for qi, q in enumerate(queries):
        for w in q.split():
            col = vocab.get(w)
            if col is None:
                continue
            tf = counts[:, col]
            hit = tf > 0  # documents without the term add nothing (and would divide 0 by 0)
            out[qi, hit] += idf[col] * tf[hit] * (k1 + 1.0) / (tf[hit] + denom_extra[hit])
    return out
