import numpy as np


def dice_sum_probability(n, s, t):
    """Probability that n fair s-sided dice (faces 1..s) sum to exactly t.

    Returns a float in [0, 1].
    """
    pass
