"""Top-k cosine retrieval one query at a time: dot products divided by the product of the
norms, then a lexicographic sort on (score descending, document index ascending)."""

import numpy as np


def top_k_cosine(queries, docs, k):
    Q = np.asarray(queries, dtype=float)
    D = np.asarray(docs, dtype=float)
    doc_norms = np.linalg.norm(D, axis=1)
    positions = np.arange(len(D))
    all_idx, all_scores = [], []
    for q in Q:
        q_norm = np.linalg.norm(q)
        denom = doc_norms * q_norm
        dots = D @ q
        scores = np.zeros(len(D))
        nonzero = denom > 0  # a zero vector has cosine 0 with everything
        scores[nonzero] = dots[nonzero] / denom[nonzero]
        order = np.lexsort((positions, -scores))[:k]  # last key sorts first
        all_idx.append(order)
        all_scores.append(scores[order])
    return np.array(all_idx), np.array(all_scores)
