import numpy as np


def bh_adjusted(pvalues):
    """Benjamini-Hochberg adjusted p-values, returned in the input order.

    Returns a list of floats.
    """
    pass
