"""Subsets of positions ``0..n-1`` as bit masks (bit i set: position i is in), for brute forces."""


def no_two_adjacent(n, ring=False):
    """Every mask with no two neighbouring positions, the empty one first, in increasing order.

    With ``ring`` the positions stand in a circle: the last one also neighbours the first (when
    there are at least two).
    """
    for mask in range(1 << n):
        if mask & (mask >> 1):
            continue
        if ring and n > 1 and mask & 1 and mask >> (n - 1) & 1:
            continue
        yield mask
