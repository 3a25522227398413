"""Probability that n random chords on 2n points of a circle do not cross: count the
non-crossing matchings with the Catalan recurrence C_{m+1} = sum_i C_i C_{m-i} (exact
integers), divide by the number of all matchings (2n - 1)!! and round once."""


def non_crossing_probability(n):
    catalan = [1]
    for m in range(n):
        # The point 0 is matched to a point that leaves i pairs on one side, m - i on the other.
        catalan.append(sum(catalan[i] * catalan[m - i] for i in range(m + 1)))
    matchings = 1
    for odd in range(1, 2 * n, 2):
        matchings *= odd
    return catalan[n] / matchings
