# Wrong: swaps the roles of heads and tails in the likelihood (uses p for tails).
import numpy as np


def coin_posterior(biases, prior, heads, tails):
    p = np.asarray(biases, dtype=float)
    with np.errstate(divide="ignore"):
        log_joint = np.log(np.asarray(prior, dtype=float))
        if heads:
            log_joint = log_joint + heads * np.log1p(-p)
        if tails:
            log_joint = log_joint + tails * np.log(p)
    top = log_joint.max()
    if not np.isfinite(top):
        return [1.0 / len(p)] * len(p)
    w = np.exp(log_joint - top)
    return (w / w.sum()).tolist()
