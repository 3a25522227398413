import math


def reach_target_probability(start, target, p):
    """Probability that a +1/-1 walk from `start` (up with probability p) hits `target` before 0.

    Returns a float in [0, 1].
    """
    pass
