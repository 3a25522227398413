# Plain and correct: sort the tokens once (descending probability, ties by lower index), apply
# both filters to a prefix of that order, put the kept mass back in vocabulary order and draw
# by scanning the cumulative sum.
import numpy as np


def sample_next_token(logits, temperature, top_k, top_p, u):
    logits = np.asarray(logits, dtype=float)
    V = len(logits)
    if temperature == 0:
        probs = np.zeros(V)
        probs[int(np.argmax(logits))] = 1.0
    else:
        scaled = logits / temperature
        weights = np.exp(scaled - scaled.max())
        probs = weights / weights.sum()
        order = np.argsort(-probs, kind="stable")
        keep = V if top_k <= 0 or top_k >= V else top_k
        if keep < V:
            head = probs[order[:keep]]
            probs = np.zeros(V)
            probs[order[:keep]] = head / head.sum()
        if top_p < 1.0:
            mass = np.cumsum(probs[order[:keep]])
            if mass[-1] >= top_p:  # the shortest prefix reaching top_p, its crossing token included
                keep = int(np.argmax(mass >= top_p)) + 1
            head = probs[order[:keep]]
            probs = np.zeros(V)
            probs[order[:keep]] = head / head.sum()
    cdf = np.cumsum(probs)
    above = np.flatnonzero(cdf > u)
    index = int(above[0]) if len(above) else int(np.flatnonzero(probs)[-1])
    return index, probs
