import math


def expected_flips(k, p):
    """Expected number of flips of a p-coin until k consecutive heads (last flip counted).

    k: int >= 1; p: probability of heads in (0, 1]. Returns a float.
    """
    pass
