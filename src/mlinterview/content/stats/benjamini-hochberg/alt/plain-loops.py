"""Benjamini-Hochberg adjusted p-values with plain Python: sort the positions, walk the ranks
from the largest down keeping a running minimum, write each value back to its position."""


def bh_adjusted(pvalues):
    m = len(pvalues)
    order = sorted(range(m), key=pvalues.__getitem__)
    adjusted = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):        # rank m (largest p) first
        i = order[rank - 1]
        running = min(running, pvalues[i] * m / rank)
        adjusted[i] = running
    return adjusted
