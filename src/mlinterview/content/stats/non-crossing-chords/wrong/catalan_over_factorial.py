# Wrong: divides the Catalan number by n! (ordered chords) instead of by the number of
# perfect matchings (2n - 1)!!.
import math


def non_crossing_probability(n):
    catalan = math.comb(2 * n, n) // (n + 1)
    return catalan / math.factorial(n)
