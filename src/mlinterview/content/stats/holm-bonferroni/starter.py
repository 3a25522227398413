import numpy as np


def holm_adjusted(pvalues):
    """Holm step-down adjusted p-values, returned in the input order.

    Returns a list of floats.
    """
    pass
