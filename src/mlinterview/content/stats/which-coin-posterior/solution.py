import numpy as np


def coin_posterior(biases, prior, heads, tails):
    p = np.asarray(biases, dtype=float)
    w = np.asarray(prior, dtype=float)
    # log P(data | coin) = heads log p + tails log(1 - p); the binomial coefficient is the
    # same for every coin and cancels. A zero probability counts only if the matching
    # outcome was observed (so 0 * log 0 never appears).
    with np.errstate(divide="ignore"):
        log_like = np.zeros_like(p)
        if heads:
            log_like += heads * np.log(p)
        if tails:
            log_like += tails * np.log1p(-p)
        log_joint = np.log(w) + log_like
    # Normalise with the log-sum-exp trick: subtract the largest term before exponentiating.
    top = np.max(log_joint)
    weights = np.exp(log_joint - top)  # exp(-inf) = 0 for impossible coins
    return (weights / weights.sum()).tolist()
