# Wrong: divides by the norms without a guard, so a zero query or document produces nan
# similarities that end up at arbitrary places in the ranking.
import numpy as np


def top_k_cosine(queries, docs, k):
    Q = np.asarray(queries, dtype=float)
    D = np.asarray(docs, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        sims = (Q @ D.T) / np.outer(np.linalg.norm(Q, axis=1), np.linalg.norm(D, axis=1))
    order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
