# Wrong: the nucleus keeps only tokens whose cumulative mass is still below top_p, dropping the
# token that crosses the threshold (and keeping nothing at all when the top token exceeds p).
import numpy as np


def _keep_only(probs, keep):
    # Zero every token outside `keep` and renormalise what is left to a distribution.
    filtered = np.where(keep, probs, 0.0)
    return filtered / filtered.sum()


def sample_next_token(logits, temperature, top_k, top_p, u):
    logits = np.asarray(logits, dtype=float)
    V = len(logits)
    if temperature == 0:
        # Greedy decoding: all the mass on the first maximum.
        probs = np.zeros(V)
        probs[np.argmax(logits)] = 1.0
    else:
        z = logits / temperature                 # T < 1 sharpens, T > 1 flattens
        z = z - z.max()                          # stable softmax
        probs = np.exp(z) / np.exp(z).sum()

        # A stable sort of -probs lists tokens by descending probability, ties by lower index.
        if 0 < top_k < V:
            order = np.argsort(-probs, kind="stable")
            keep = np.zeros(V, dtype=bool)
            keep[order[:top_k]] = True
            probs = _keep_only(probs, keep)

        if top_p < 1.0:
            # Nucleus: the shortest prefix of the sorted tokens whose mass reaches top_p. The
            # token that crosses the threshold is included; top-p sees the top-k-renormalised
            # distribution.
            order = np.argsort(-probs, kind="stable")
            mass = np.cumsum(probs[order])
            n_keep = max(int(np.searchsorted(mass, top_p, side="left")), 1)
            keep = np.zeros(V, dtype=bool)
            keep[order[:n_keep]] = True
            probs = _keep_only(probs, keep)

    # Inverse-CDF sampling in vocabulary order: the first token whose cumulative mass exceeds u.
    cdf = np.cumsum(probs)
    index = int(np.searchsorted(cdf, u, side="right"))
    if index >= V:  # u at or above a total that rounded to slightly below 1
        index = int(np.flatnonzero(probs)[-1])
    return index, probs
