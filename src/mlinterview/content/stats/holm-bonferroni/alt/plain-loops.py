"""Holm step-down adjusted p-values with plain Python: sort the positions, multiply the rank-k
p-value by m - k + 1, keep a running maximum from the smallest up, cap at 1."""


def holm_adjusted(pvalues):
    m = len(pvalues)
    order = sorted(range(m), key=pvalues.__getitem__)
    adjusted = [0.0] * m
    running = 0.0
    for k, i in enumerate(order):          # k = 0 for the smallest p-value
        running = max(running, min(1.0, (m - k) * pvalues[i]))
        adjusted[i] = running
    return adjusted
