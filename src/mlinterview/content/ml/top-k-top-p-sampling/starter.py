import numpy as np


def sample_next_token(logits, temperature, top_k, top_p, u):
    """Temperature -> softmax -> top-k -> top-p -> inverse-CDF draw with the uniform u.

    Returns (index, probs): the sampled token and the filtered, renormalised distribution (V,).
    """
    pass
