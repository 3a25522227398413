import numpy as np


def expected_max_min(n, s):
    """Expected maximum and expected minimum of n fair dice with faces 1..s.

    Returns [E[max], E[min]] as floats.
    """
    pass
