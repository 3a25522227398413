import math


def distinct_faces(n, d):
    """Mean and variance of the number of distinct faces seen in n rolls of a fair d-sided die.

    Returns [mean, variance] as floats.
    """
    pass
