"""Posterior over coins with plain Python: each coin's log prior plus log likelihood (an
impossible coin gets -inf), then exp(. - max) and a division by the total."""
import math


def coin_posterior(biases, prior, heads, tails):
    logs = []
    for bias, weight in zip(biases, prior):
        if (heads and bias == 0.0) or (tails and bias == 1.0):
            logs.append(-math.inf)      # the coin cannot produce what was seen
            continue
        value = math.log(weight)
        if heads:
            value += heads * math.log(bias)
        if tails:
            value += tails * math.log1p(-bias)
        logs.append(value)
    top = max(logs)
    weights = [math.exp(v - top) for v in logs]
    total = math.fsum(weights)
    return [w / total for w in weights]
