import math


def birthday_collision(n, d):
    """Probability that at least two of n people share a day, with d equally likely days.

    n: number of people (int >= 0); d: number of days (int >= 1).
    Returns a float in [0, 1].
    """
    pass
