import math


def fisher_exact_pvalue(table):
    """Two-sided p-value of Fisher's exact test for the 2x2 table [[a, b], [c, d]].

    Returns a float in [0, 1].
    """
    pass
