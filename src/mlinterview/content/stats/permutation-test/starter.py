import numpy as np


def permutation_pvalue(a, b, perms):
    """Two-sided permutation p-value for mean(a) - mean(b) with the given permutations.

    perms: (P, n1 + n2) rows of indices into concatenate([a, b]). Returns a float.
    """
    pass
