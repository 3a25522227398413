# Wrong: normalises the likelihoods alone, as if every coin were equally likely to be drawn.
import numpy as np


def coin_posterior(biases, prior, heads, tails):
    p = np.asarray(biases, dtype=float)
    with np.errstate(divide="ignore"):
        log_like = np.zeros_like(p)
        if heads:
            log_like += heads * np.log(p)
        if tails:
            log_like += tails * np.log1p(-p)
    w = np.exp(log_like - log_like.max())
    return (w / w.sum()).tolist()
