# Wrong: sorts ascending and reverses, which orders tied documents by decreasing index instead of
# increasing index.
import numpy as np


def top_k_cosine(queries, docs, k):
    Q = np.asarray(queries, dtype=float)
    D = np.asarray(docs, dtype=float)
    qn = np.linalg.norm(Q, axis=1, keepdims=True)
    dn = np.linalg.norm(D, axis=1, keepdims=True)
    sims = (Q / np.where(qn > 0, qn, 1)) @ (D / np.where(dn > 0, dn, 1)).T
    order = np.argsort(sims, axis=1, kind="stable")[:, ::-1][:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
