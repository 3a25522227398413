# Wrong: exponentiates the raw logits. exp(1000) overflows to inf, so large logits give
# inf / inf = nan probabilities and an infinite log-sum-exp; very negative ones give 0 / 0.
import numpy as np


def softmax(x, axis):
    x = np.asarray(x, dtype=float)
    e = np.exp(x)
    total = e.sum(axis=axis, keepdims=True)
    return e / total, np.squeeze(np.log(total), axis=axis)
